import assert from "node:assert/strict";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import { appRouter } from "../root";

/** Ids belonging to the victim: every id an attacker could send to reach the victim's data. */
export type VictimIds = { organizationId: string; projectId: string; apiKeyId: string; credentialId: string; requestLogId?: string; checkoutSessionId?: string; auditCursor?: string; memberUserId?: string; invitationId?: string; invitationToken?: string };
/** For each procedure path, the input an attacker sends with the victim's ids. */
export type HostileInputs = Record<string, (victim: VictimIds) => unknown>;

type Caller = ReturnType<typeof import("../root").createCaller>;

/** Every procedure path in the router, e.g. "apiKeys.revoke". */
export function allProcedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

/**
 * Checks that the hostile-input table covers every procedure except the declared public ones, so a new procedure
 * cannot be added without an isolation case.
 */
export function assertEveryProcedureCovered(inputs: HostileInputs, publicPaths: string[]): void {
  const uncovered = allProcedurePaths().filter((path) => !(path in inputs) && !publicPaths.includes(path));
  assert.deepEqual(uncovered, [], `add a tenant-isolation case for: ${uncovered.join(", ")}`);
}

async function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

/** A fingerprint of every row in every application table, to prove a refused call changed nothing. */
export async function databaseFingerprint(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name",
    );
    const parts: string[] = [];
    for (const { table_name } of tables.rows) {
      const rows = await client.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h, count(*) AS n FROM "${table_name}" t`);
      parts.push(`${table_name}:${rows.rows[0].n}:${rows.rows[0].h}`);
    }
    return parts.join("\n");
  } finally {
    await client.end();
  }
}

/** Calls every procedure as the attacker with the victim's ids; each must be refused and nothing may change. */
export async function assertTenantIsolation(options: { attacker: Caller; victim: VictimIds; inputs: HostileInputs; databaseUrl: string }) {
  const before = await databaseFingerprint(options.databaseUrl);
  for (const [path, makeInput] of Object.entries(options.inputs)) {
    await assert.rejects(
      call(options.attacker, path, makeInput(options.victim)),
      (error: unknown) => {
        assert.ok(error instanceof TRPCError, `${path}: expected a TRPCError, got ${String(error)}`);
        assert.ok(["FORBIDDEN", "NOT_FOUND"].includes(error.code), `${path}: expected FORBIDDEN or NOT_FOUND, got ${error.code}`);
        return true;
      },
      `${path} accepted another organization's ids`,
    );
  }
  assert.equal(await databaseFingerprint(options.databaseUrl), before, "a refused call changed the database");
}
