import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { writeBuildStamp } from "./build-stamp";

const require = createRequire(import.meta.url);

/** Runs `next build` in a child process and records what it built from. */
export async function buildApp(): Promise<void> {
  const nextBin = require.resolve("next/dist/bin/next");
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  writeBuildStamp();
}
