import assert from "node:assert/strict";
import { test } from "node:test";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { testDatabaseUrl } from "@/testing/integration/database";
import { createTestUser } from "@/testing/integration/fixtures";
import { startRequestLogExport } from "./export-request-logs";

// The list, the count and the export must stay index range scans within one project and time range, however
// the filters combine. This runs the services' own SQL (captured from Prisma) through EXPLAIN on a table big
// enough for the planner to care.

type CapturedQuery = { sql: string; params: unknown[] };

function captureQueries(): { queries: CapturedQuery[]; restore: () => Promise<void> } {
  const holder = globalThis as unknown as { switchboardPrisma?: PrismaClient };
  const original = holder.switchboardPrisma;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl }), log: [{ emit: "event", level: "query" }] });
  const queries: CapturedQuery[] = [];
  client.$on("query", (event) => queries.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  holder.switchboardPrisma = client;
  return {
    queries,
    restore: async () => {
      await client.$disconnect();
      holder.switchboardPrisma = original;
    },
  };
}

async function explain(query: CapturedQuery): Promise<string> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.sql}`, query.params);
    return result.rows.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    await client.end();
  }
}

test("filtered list, count and export queries walk the (projectId, createdAt DESC) index", async () => {
  const user = await createTestUser();
  const base = Date.parse("2025-06-01T00:00:00.000Z");
  // 40 projects of 1,000 rows each in one organization, so one project is a small slice of the table.
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(
      `INSERT INTO "Project" ("id", "organizationId", "name", "updatedAt") SELECT 'idx_p' || p, $1, 'P' || p, now() FROM generate_series(1, 39) AS p`,
      [user.organizationId],
    );
    await admin.query(
      `INSERT INTO "RequestLog" ("id", "requestId", "createdAt", "organizationId", "projectId", "endpoint", "requestedModel", "providerId", "status", "latencyMs")
       SELECT 'idx_' || p || '_' || i, 'req_' || i, $2::timestamp + i * interval '1 minute', $1,
              CASE WHEN p = 0 THEN $3 ELSE 'idx_p' || p END, 'chat.completions',
              CASE WHEN i % 3 = 0 THEN 'claude-haiku' ELSE 'gpt-4o-mini' END, 'openai', CASE WHEN i % 7 = 0 THEN 502 ELSE 200 END, 100
       FROM generate_series(0, 39) AS p, generate_series(0, 999) AS i`,
      [user.organizationId, new Date(base).toISOString().replace("Z", ""), user.projectId],
    );
    await admin.query('ANALYZE "RequestLog"');
  } finally {
    await admin.end();
  }

  const capture = captureQueries();
  try {
    const ids = { projectId: user.projectId };
    const from = new Date(base + 100 * 60_000);
    const to = new Date(base + 900 * 60_000);
    const page = await user.caller.requestLogs.list({ ...ids, model: "gpt-4o-mini", status: "5xx", from, to, limit: 5 });
    await user.caller.requestLogs.list({ ...ids, model: "gpt-4o-mini", status: "5xx", from, to, limit: 5, cursor: page.nextCursor });
    await user.caller.requestLogs.list({ ...ids, provider: "openai", streamed: false, apiKeyId: "playground" });
    await user.caller.requestLogs.count({ ...ids, status: 502 });
    await user.caller.requestLogs.filterOptions(ids);
    const exported = await startRequestLogExport({ userId: user.userId }, new URLSearchParams({ ...ids, status: "2xx", model: "claude-haiku" }), { rowLimit: 1500 });
    assert.equal((await new Response(exported.body).text()).split("\r\n").length, 1 + 286 + 1, "the header, every matching row and the final line end");

    const logQueries = capture.queries.filter((query) => /FROM "(public"\.")?RequestLog"/.test(query.sql));
    assert.equal(logQueries.length, 6, `expected the request-log queries to be captured, got ${logQueries.length}`);
    for (const query of logQueries) {
      const plan = await explain(query);
      assert.match(plan, /RequestLog_projectId_createdAt_idx/, `expected the project/time index:\n${query.sql}\n${plan}`);
      assert.doesNotMatch(plan, /Seq Scan on "RequestLog"/, `a filtered query scanned the table:\n${plan}`);
    }
  } finally {
    await capture.restore();
  }
});
