import { spawn } from "node:child_process";

export type SuiteResult = { passed: number; failed: number };

/**
 * Runs files with node's test runner (spec reporter, echoed live) and reads the pass/fail totals it prints.
 * A runner that dies before printing them counts as one failure, never as silence.
 */
export function runNodeTests(files: string[], options: { concurrency?: number; env?: Record<string, string> } = {}): Promise<SuiteResult> {
  if (files.length === 0) return Promise.resolve({ passed: 0, failed: 0 });
  const args = ["--import", "tsx", "--test", "--test-reporter=spec", `--test-concurrency=${options.concurrency ?? 2}`, ...files];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on("exit", (code) => {
      const count = (label: string) => Number(output.match(new RegExp(`^ℹ ${label} (\\d+)$`, "m"))?.[1] ?? NaN);
      const passed = count("pass");
      const failed = count("fail");
      if (Number.isNaN(passed) || Number.isNaN(failed)) resolve({ passed: 0, failed: 1 });
      else resolve({ passed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) });
    });
  });
}
