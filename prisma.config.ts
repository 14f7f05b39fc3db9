import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// `prisma generate` never needs the native schema engine, but the CLI tries to download it and fails
// offline. Point it at a no-op binary unless a real engine was installed (see offline-stack.md);
// migrations run through scripts/db-migrate.ts (WASM schema engine) instead.
const enginesDir = path.join(process.cwd(), "node_modules", "@prisma", "engines");
const hasNativeEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((file) => file.startsWith("schema-engine-"));
if (!hasNativeEngine && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = "/bin/false";
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/switchboard" },
});
