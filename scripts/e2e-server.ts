// The app as `npm start` runs it, on a throwaway data folder that is deleted when the tests stop it.
import { rmSync } from "node:fs";

const dataDir = process.env.E2E_DATA_DIR;
if (dataDir) {
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  process.on("exit", cleanup);
}
await import("./start");
