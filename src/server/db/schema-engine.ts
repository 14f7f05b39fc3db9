import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's native schema engine cannot be downloaded on offline machines, so migrations run through the
// pinned WASM build of the same engine (an internal Prisma API: see offline-stack.md). It reads the standard
// prisma/migrations folders and writes the standard `_prisma_migrations` table, so `prisma migrate deploy`
// keeps working on machines that do have the native engine.

const require = createRequire(import.meta.url);
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");
export const SCHEMA_PATH = path.resolve(process.cwd(), "prisma", "schema.prisma");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bindingsPromise: Promise<Bindings> | undefined;

// The package's entry point imports its .wasm file as an ES module, which Node 20 cannot do; instantiate it by hand.
function loadBindings(): Promise<Bindings> {
  bindingsPromise ??= (async () => {
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Bindings & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return bindingsPromise;
}

async function withEngine<T>(databaseUrl: string, schema: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  // Our own pool, so it can be closed: freeing the engine leaves the adapter's connections open.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, allowExitOnIdle: true });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  try {
    const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter);
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

export async function readMigrationsList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(dir, folder, "migration.sql"), "utf8").then(
          (sql) => ({ tag: "ok" as const, value: sql }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  const lockfilePath = path.join(dir, "migration_lock.toml");
  const lockfileContent = await readFile(lockfilePath, "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies every pending migration in prisma/migrations; returns the names it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const migrationsList = await readMigrationsList();
  return withEngine(databaseUrl, schema, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
}

/** SQL that turns a database shaped by `fromSchema` (or an empty one) into `toSchema`. */
export async function diffSchemas(databaseUrl: string, fromSchema: string | null, toSchema: string): Promise<string> {
  return withEngine(databaseUrl, toSchema, async (engine) => {
    const result = await engine.diff({
      from: fromSchema === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: fromSchema }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: toSchema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}
