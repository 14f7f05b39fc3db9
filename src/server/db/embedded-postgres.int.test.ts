import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import pg from "pg";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations, readMigrationsList } from "./schema-engine";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

test("the embedded database keeps its data across a stop and a start, and migrating again is a no-op", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "switchboard-persist-"));
  try {
    const migrations = (await readMigrationsList()).migrationDirectories.map((folder) => folder.path);
    const first = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), password: "pw" });
    await createDatabaseIfMissing(first.url("postgres"), "app");
    assert.deepEqual(await applyMigrations(first.url("app")), migrations);
    await query(first.url("app"), `INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'kept@example.com', now())`);
    await first.stop();

    const second = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), password: "pw" });
    try {
      assert.deepEqual(await applyMigrations(second.url("app")), []);
      assert.deepEqual(await query(second.url("app"), `SELECT email FROM "User"`), [{ email: "kept@example.com" }]);
      const history = await query(second.url("app"), `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1`);
      assert.deepEqual(history.map((row) => row.migration_name), migrations);
    } finally {
      await second.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
