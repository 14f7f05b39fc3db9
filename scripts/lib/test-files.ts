import { readdirSync } from "node:fs";
import path from "node:path";

/** Test files under `dir` whose names end with `suffix` (Node 20's test runner has no glob support). */
export function findTestFiles(dir: string, accept: (file: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "generated") walk(full);
      } else if (accept(entry.name)) found.push(path.relative(process.cwd(), full));
    }
  };
  walk(dir);
  return found.sort();
}

export const isIntegrationTest = (name: string) => /\.int\.test\.tsx?$/.test(name);
export const isUnitTest = (name: string) => /\.test\.tsx?$/.test(name) && !isIntegrationTest(name);
