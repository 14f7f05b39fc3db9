import path from "node:path";
import { dataDir } from "../config/data-dir";
import { loadOrCreateSecrets } from "../config/secrets";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./schema-engine";

export type PreparedDatabase = { url: string; embedded: boolean; applied: string[]; stop: () => Promise<void> };

/**
 * The database the app runs on: the server in DATABASE_URL when set, otherwise an embedded PostgreSQL kept in
 * the data folder. Either way every pending migration is applied before the app serves a request.
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<PreparedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const applied = await applyMigrations(configured);
    log(`database: ${redact(configured)} (${describe(applied)})`);
    return { url: configured, embedded: false, applied, stop: async () => {} };
  }
  const dir = path.join(dataDir(), "postgres");
  const postgres = await startEmbeddedPostgres({ dir, password: loadOrCreateSecrets().postgresPassword });
  try {
    await createDatabaseIfMissing(postgres.url("postgres"), "switchboard");
    const url = postgres.url("switchboard");
    const applied = await applyMigrations(url);
    process.env.DATABASE_URL = url;
    log(`database: embedded PostgreSQL in ${dir} (${describe(applied)})`);
    return { url, embedded: true, applied, stop: postgres.stop };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

function describe(applied: string[]): string {
  return applied.length ? `applied ${applied.length} migration(s): ${applied.join(", ")}` : "migrations up to date";
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@");
}
