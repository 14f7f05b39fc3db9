import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "../config/data-dir";
import { loadOrCreateSecrets } from "../config/secrets";
import { prepareDatabase } from "./prepare-database";

/** The port of the embedded PostgreSQL a running `npm start` serves from this data folder, if there is one. */
function runningEmbeddedPort(postgresDir: string): number | null {
  const pidFile = path.join(postgresDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 is the server's pid, line 4 its port.
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return port;
}

/**
 * The database an operator command (scripts/admin.ts) works on, the same one `npm start` uses: DATABASE_URL when set;
 * else the embedded PostgreSQL of the running server; else the embedded database started just for the command
 * (migrated first), and stopped by `stop()`.
 */
export async function connectOperatorDatabase(): Promise<{ description: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { description: "DATABASE_URL", stop: async () => {} };
  const postgresDir = path.join(dataDir(), "postgres");
  const port = runningEmbeddedPort(postgresDir);
  if (port) {
    const password = encodeURIComponent(loadOrCreateSecrets().postgresPassword);
    process.env.DATABASE_URL = `postgresql://postgres:${password}@127.0.0.1:${port}/switchboard`;
    return { description: `the running server's embedded PostgreSQL (port ${port})`, stop: async () => {} };
  }
  const prepared = await prepareDatabase(() => {});
  return { description: `the embedded PostgreSQL in ${postgresDir}`, stop: prepared.stop };
}
