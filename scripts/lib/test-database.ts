import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../../src/server/db/embedded-postgres";
import { applyMigrations } from "../../src/server/db/schema-engine";

const TEMPLATE = "switchboard_template";

/**
 * A throwaway PostgreSQL for integration tests (or TEST_DATABASE_SERVER_URL's server, when given), holding a
 * migrated template database that each test file clones into a database of its own.
 */
export async function startTestDatabase() {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-test-db-"));
  const external = process.env.TEST_DATABASE_SERVER_URL;
  const postgres = external ? null : await startEmbeddedPostgres({ dir: path.join(tempDir, "pg"), password: "test", persistent: false });
  const serverUrl = external ?? postgres!.url("postgres");
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${TEMPLATE}`;
  await createDatabaseIfMissing(serverUrl, TEMPLATE);
  await applyMigrations(templateUrl.toString());
  return {
    env: { TEST_DATABASE_SERVER_URL: serverUrl, TEST_DATABASE_TEMPLATE: TEMPLATE },
    stop: async () => {
      await postgres?.stop();
      await rm(tempDir, { recursive: true, force: true });
    },
  };
}
