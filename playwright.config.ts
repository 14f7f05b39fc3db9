import { defineConfig } from "@playwright/test";
import os from "node:os";
import path from "node:path";
import { e2eStripeEnv } from "./e2e/stripe-env";

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the production server started
// exactly as a user starts it, with a throwaway data folder.
// The port derives from the pid so two runs on one machine do not collide; it is set once in the runner's
// environment, which its workers inherit, so they all agree on it.
process.env.E2E_PORT ??= String(3100 + (process.pid % 800));
const port = Number(process.env.E2E_PORT);
process.env.E2E_DATA_DIR ??= path.join(os.tmpdir(), `switchboard-e2e-${process.pid}`);
const dataDir = process.env.E2E_DATA_DIR;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: `node --import tsx scripts/e2e-server.ts`,
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(port), SWITCHBOARD_DATA_DIR: dataDir, E2E_DATA_DIR: dataDir, E2E_PLATFORM_OPENAI: "1", ...e2eStripeEnv() },
  },
});
