// `npm test`: type check, unit, integration (real PostgreSQL) and end-to-end (Chromium) suites, then one
// summary line summing them all.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { runNodeTests, type SuiteResult } from "./lib/run-node-tests";
import { startTestDatabase } from "./lib/test-database";
import { findTestFiles, isIntegrationTest, isUnitTest } from "./lib/test-files";

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function typecheck(): Promise<SuiteResult> {
  const code = await run(process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json"]);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

async function endToEnd(): Promise<SuiteResult> {
  const report = "test-results/e2e-report.json";
  rmSync(report, { force: true });
  const code = await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  try {
    const stats = JSON.parse(readFileSync(report, "utf8")).stats as { expected: number; unexpected: number; flaky: number };
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const only = process.argv.slice(2);
const wanted = (suite: string) => only.length === 0 || only.includes(suite);
const results: Array<[string, SuiteResult]> = [];

if (wanted("typecheck")) results.push(["typecheck", await typecheck()]);
if (wanted("unit")) results.push(["unit", await runNodeTests(findTestFiles("src", isUnitTest))]);
if (wanted("integration")) {
  const database = await startTestDatabase();
  results.push(["integration", await runNodeTests(findTestFiles("src", isIntegrationTest), { env: database.env })]);
  await database.stop();
}
if (wanted("e2e")) results.push(["e2e", await endToEnd()]);

console.log("\nSummary");
for (const [suite, result] of results) console.log(`  ${suite.padEnd(12)} ${result.passed} passed, ${result.failed} failed`);
const passed = results.reduce((sum, [, r]) => sum + r.passed, 0);
const failed = results.reduce((sum, [, r]) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
