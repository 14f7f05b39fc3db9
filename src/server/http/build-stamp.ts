import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// `npm start` builds only when the sources differ from the last build. Tests and test helpers are left out:
// changing them does not change the app.
const INPUTS = ["src", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = /(\.test\.tsx?$|\/testing\/|\/fixtures\/)/;

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
}

export function sourceStamp(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      const relative = path.relative(root, file);
      if (SKIP.test(relative)) continue;
      hash.update(relative).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

const stampFile = (root: string) => path.join(root, ".next", "switchboard-build-stamp");

export function isBuildCurrent(root = process.cwd()): boolean {
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile(root)) && readFileSync(stampFile(root), "utf8") === sourceStamp(root);
}

export function writeBuildStamp(root = process.cwd()): void {
  writeFileSync(stampFile(root), sourceStamp(root));
}
