import { randomBytes } from "node:crypto";
import { createDatabaseIfMissing } from "@/server/db/embedded-postgres";

// Every integration test file gets its own fresh database, cloned from a template the test runner
// (scripts/test-integration.ts) migrated once: real PostgreSQL, no shared state between files.
const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
const template = process.env.TEST_DATABASE_TEMPLATE;
if (!serverUrl || !template) {
  throw new Error("Integration tests need the database the test runner starts: run them with `npm run test:integration`.");
}

const name = `test_${process.pid}_${randomBytes(3).toString("hex")}`;
await createDatabaseIfMissing(serverUrl, name, template);
const url = new URL(serverUrl);
url.pathname = `/${name}`;

Object.assign(process.env, {
  DATABASE_URL: url.toString(),
  AUTH_SECRET: "test-auth-secret-0123456789abcdef0123456789",
  API_KEY_HASH_SECRET: "test-api-key-hash-secret-0123456789abcdef",
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
});

export const testDatabaseUrl = url.toString();
