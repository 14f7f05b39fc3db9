import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import type { RequestLogFilters } from "./request-log-filters";
import { insertRequestLogs, type TestRow } from "./request-log-test-rows";

const BASE = Date.parse("2025-06-01T12:00:00.000Z");
const at = (seconds: number) => new Date(BASE + seconds * 1000);
const isBadRequest = (message: RegExp) => (error: unknown) => error instanceof TRPCError && error.code === "BAD_REQUEST" && message.test(error.message);

/** Six requests that differ in every filtered column; requestId says which is which. */
async function seedProject() {
  const user = await createTestUser();
  const { apiKey: keyA } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Backend" });
  const { apiKey: keyB } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Batch jobs" });
  const rows: TestRow[] = [
    { requestId: "r1", createdAt: at(0), requestedModel: "gpt-4o-mini", modelId: "gpt-4o-mini", providerId: "openai", apiKeyId: keyA.id, status: 200, cacheStatus: "miss" },
    { requestId: "r2", createdAt: at(10), requestedModel: "fast", modelId: "llama-3.3-70b", providerId: "groq", apiKeyId: keyB.id, status: 200, cacheStatus: "hit", streamed: true },
    { requestId: "r3", createdAt: at(20), requestedModel: "claude-haiku", modelId: "claude-3-5-haiku", providerId: "anthropic", apiKeyId: null, status: 429 },
    { requestId: "r4", createdAt: at(30), requestedModel: "gpt-4o-mini", modelId: "gpt-4o-mini", providerId: "openai", apiKeyId: keyA.id, status: 502, cacheStatus: "skip", streamed: true },
    { requestId: "r5", createdAt: at(40), requestedModel: "gpt-4o-mini", modelId: null, providerId: null, apiKeyId: keyB.id, status: 404, cacheStatus: "miss" },
    { requestId: "r6", createdAt: at(50), requestedModel: "llama-3.3-70b", modelId: "llama-3.3-70b", providerId: "groq", apiKeyId: keyA.id, status: 200, streamed: true },
  ];
  await insertRequestLogs(user, rows);
  // Rows that pass every filter but belong elsewhere: a sibling project of the same organization and a stranger.
  const sibling = await user.caller.projects.create({ organizationId: user.organizationId, name: "Sibling" });
  await insertRequestLogs({ organizationId: user.organizationId, projectId: sibling.id }, rows.map((row) => ({ ...row, requestId: `sibling-${row.requestId}`, apiKeyId: null })));
  const stranger = await createTestUser("stranger");
  await insertRequestLogs(stranger, rows.map((row) => ({ ...row, requestId: `stranger-${row.requestId}`, apiKeyId: null })));
  return { user, keyA, keyB };
}

test("each filter alone selects exactly its rows, newest first, and the count agrees", async () => {
  const { user, keyA, keyB } = await seedProject();
  const cases: Array<[RequestLogFilters, string[]]> = [
    [{}, ["r6", "r5", "r4", "r3", "r2", "r1"]],
    [{ from: at(20) }, ["r6", "r5", "r4", "r3"]],
    [{ to: at(20) }, ["r3", "r2", "r1"]],
    [{ from: at(10), to: at(30) }, ["r4", "r3", "r2"]],
    [{ model: "gpt-4o-mini" }, ["r5", "r4", "r1"]],
    [{ model: "llama-3.3-70b" }, ["r6", "r2"]],
    [{ model: "fast" }, ["r2"]],
    [{ model: "claude-3-5-haiku" }, ["r3"]],
    [{ provider: "groq" }, ["r6", "r2"]],
    [{ apiKeyId: keyA.id }, ["r6", "r4", "r1"]],
    [{ apiKeyId: keyB.id }, ["r5", "r2"]],
    [{ apiKeyId: "playground" }, ["r3"]],
    [{ status: "2xx" }, ["r6", "r2", "r1"]],
    [{ status: "4xx" }, ["r5", "r3"]],
    [{ status: "5xx" }, ["r4"]],
    [{ status: 429 }, ["r3"]],
    [{ status: 201 }, []],
    [{ cached: "hit" }, ["r2"]],
    [{ cached: "miss" }, ["r5", "r1"]],
    [{ cached: "skip" }, ["r4"]],
    [{ streamed: true }, ["r6", "r4", "r2"]],
    [{ streamed: false }, ["r5", "r3", "r1"]],
    [{ model: "unknown-model" }, []],
  ];
  for (const [filters, expected] of cases) {
    const page = await user.caller.requestLogs.list({ projectId: user.projectId, ...filters });
    assert.deepEqual(page.items.map((item) => item.requestId), expected, JSON.stringify(filters));
    assert.deepEqual(await user.caller.requestLogs.count({ projectId: user.projectId, ...filters }), { count: expected.length, capped: false }, JSON.stringify(filters));
  }
});

test("filters combine with AND", async () => {
  const { user, keyA } = await seedProject();
  const cases: Array<[RequestLogFilters, string[]]> = [
    [{ model: "gpt-4o-mini", status: "5xx" }, ["r4"]],
    [{ model: "gpt-4o-mini", apiKeyId: keyA.id, streamed: false }, ["r1"]],
    [{ provider: "groq", streamed: true, cached: "hit" }, ["r2"]],
    [{ provider: "groq", from: at(11) }, ["r6"]],
    [{ status: "2xx", from: at(0), to: at(50), streamed: true }, ["r6", "r2"]],
    [{ status: "4xx", apiKeyId: "playground", model: "claude-haiku" }, ["r3"]],
    [{ provider: "openai", cached: "hit" }, []],
  ];
  for (const [filters, expected] of cases) {
    const page = await user.caller.requestLogs.list({ projectId: user.projectId, ...filters });
    assert.deepEqual(page.items.map((item) => item.requestId), expected, JSON.stringify(filters));
  }
});

test("cursor pages through filtered rows without skipping or repeating rows that share a timestamp", async () => {
  const user = await createTestUser();
  // 60 rows, three per millisecond; every other one is a 200 from openai, streamed every third.
  await insertRequestLogs(
    user,
    Array.from({ length: 60 }, (_, index) => ({
      requestId: `p${index}`,
      createdAt: at(Math.floor(index / 3)),
      status: index % 2 === 0 ? 200 : 503,
      providerId: index % 2 === 0 ? "openai" : "groq",
      streamed: index % 3 === 0,
    })),
  );
  const filters: RequestLogFilters = { status: "2xx", provider: "openai", from: at(2), to: at(17) };
  const expected = (
    await db().requestLog.findMany({
      where: { projectId: user.projectId, status: 200, providerId: "openai", createdAt: { gte: at(2), lte: at(17) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    })
  ).map((row) => row.requestId);
  assert.equal(expected.length, 24);

  for (const limit of [1, 5, 7, 24]) {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await user.caller.requestLogs.list({ projectId: user.projectId, ...filters, limit, cursor });
      assert.ok(page.items.length <= limit);
      seen.push(...page.items.map((item) => item.requestId));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, expected, `limit ${limit}`);
  }
});

test("filters are validated with messages that name the problem", async () => {
  const user = await createTestUser();
  const list = (filters: Record<string, unknown>) => user.caller.requestLogs.list({ projectId: user.projectId, ...(filters as RequestLogFilters) });
  await assert.rejects(list({ from: at(10), to: at(0) }), isBadRequest(/end of the time range must not be before its start/));
  await assert.rejects(list({ status: 700 }), isBadRequest(/Status must be 2xx, 4xx, 5xx or a code from 100 to 599/));
  await assert.rejects(list({ status: "3xx" }), isBadRequest(/Status must be/));
  await assert.rejects(list({ cached: "maybe" }), isBadRequest(/Cache must be hit, miss or skip/));
  await assert.rejects(list({ model: "  " }), isBadRequest(/Model must not be empty/));
  await assert.rejects(list({ model: "x".repeat(257) }), isBadRequest(/Model is too long/));
  await assert.rejects(list({ from: "yesterday" }), isBadRequest(/From must be a valid date and time/));
  await assert.rejects(list({ streamed: "yes" }), isBadRequest(/Streamed must be true or false/));
  await assert.rejects(
    user.caller.requestLogs.count({ projectId: user.projectId, from: at(10), to: at(0) }),
    isBadRequest(/end of the time range/),
  );
  assert.deepEqual(await list({ from: at(0), to: at(0) }), { items: [], nextCursor: undefined }, "a range of one instant is allowed");
});

test("the count stops at 10,000 and says so", async () => {
  const user = await createTestUser();
  await db().$executeRaw`
    INSERT INTO "RequestLog" ("id", "requestId", "organizationId", "projectId", "endpoint", "requestedModel", "status", "latencyMs")
    SELECT 'cap_' || i, 'c' || i, ${user.organizationId}, ${user.projectId}, 'chat.completions', 'm', 200, 1 FROM generate_series(1, 10001) AS i`;
  assert.deepEqual(await user.caller.requestLogs.count({ projectId: user.projectId }), { count: 10_000, capped: true });
  assert.deepEqual(await user.caller.requestLogs.count({ projectId: user.projectId, status: "5xx" }), { count: 0, capped: false });
});

test("filtering one's own project by another tenant's key id finds nothing of theirs", async () => {
  const { user: victim, keyA } = await seedProject();
  const attacker = await createTestUser("attacker");
  await insertRequestLogs(attacker, [{ requestId: "mine" }]);
  const page = await attacker.caller.requestLogs.list({ projectId: attacker.projectId, apiKeyId: keyA.id });
  assert.deepEqual(page.items, []);
  assert.equal((await victim.caller.requestLogs.list({ projectId: victim.projectId, apiKeyId: keyA.id })).items.length, 3);
});
