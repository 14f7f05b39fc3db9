import { mkdirSync } from "node:fs";
import path from "node:path";

/** Where the embedded database and generated secrets live; `SWITCHBOARD_DATA_DIR` moves it. */
export function dataDir(): string {
  const dir = path.resolve(process.env.SWITCHBOARD_DATA_DIR ?? path.join(process.cwd(), ".data"));
  mkdirSync(dir, { recursive: true });
  return dir;
}
