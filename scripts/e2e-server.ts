// The app as `npm start` runs it, on a throwaway data folder that is deleted when the tests stop it. With
// E2E_PLATFORM_OPENAI=1 a fake OpenAI upstream runs beside it as the platform key's provider (credits mode).
import { rmSync } from "node:fs";

const dataDir = process.env.E2E_DATA_DIR;
if (dataDir) {
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  process.on("exit", cleanup);
}
if (process.env.E2E_PLATFORM_OPENAI === "1") {
  const { startFakeProvider } = await import("../src/testing/fake-providers");
  const platform = await startFakeProvider({ format: "openai", apiKey: "e2e-platform-key", chunkDelayMs: 5 });
  Object.assign(process.env, { OPENAI_API_KEY: "e2e-platform-key", OPENAI_BASE_URL: platform.baseUrl });
}
await import("./start");
