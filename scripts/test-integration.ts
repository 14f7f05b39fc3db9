// Integration tests: real PostgreSQL (embedded, fresh per run), one database per test file.
import { runNodeTests } from "./lib/run-node-tests";
import { startTestDatabase } from "./lib/test-database";
import { findTestFiles, isIntegrationTest } from "./lib/test-files";

const database = await startTestDatabase();
const result = await runNodeTests(findTestFiles("src", isIntegrationTest), { env: database.env, concurrency: 2 });
await database.stop();
console.log(`integration: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed > 0 ? 1 : 0);
