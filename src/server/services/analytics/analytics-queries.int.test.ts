import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { testDatabaseUrl } from "@/testing/integration/database";
import { seedTraffic } from "@/testing/synthetic-traffic/seed-traffic";
import { db } from "../../db/client";
import { RequestLogWriter, type RequestLogEntry } from "../../gateway/logging/request-log-writer";

const HOUR = 3_600_000;

function entry(user: { organizationId: string; projectId: string }, createdAt: Date, overrides: Partial<RequestLogEntry> = {}): RequestLogEntry {
  return {
    requestId: "req_q",
    createdAt,
    organizationId: user.organizationId,
    projectId: user.projectId,
    endpoint: "chat.completions",
    requestedModel: "gpt-4o-mini",
    modelId: "gpt-4o-mini",
    providerId: "openai",
    status: 200,
    promptTokens: 10,
    completionTokens: 5,
    totalCost: "0.000004500000",
    latencyMs: 300,
    ...overrides,
  };
}

// Called directly, a zod failure's message is the issue list (the HTTP error formatter picks the first one out).
const isBadRequest = (message: string) => (error: unknown) => error instanceof TRPCError && error.code === "BAD_REQUEST" && error.message.includes(message);

test("groups are named: API keys by name, providers by catalog name, missing ones plainly", async () => {
  const user = await createTestUser();
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Backend" });
  const at = new Date(Date.now() - 2 * HOUR);
  const writer = new RequestLogWriter();
  writer.append(entry(user, at, { apiKeyId: apiKey.id }));
  writer.append(entry(user, at, { apiKeyId: null, providerId: null, status: 400, totalCost: "0" }));
  writer.append(entry(user, at, { apiKeyId: apiKey.id, providerId: "custom:my-llm", modelId: null, requestedModel: "my-llm/llama" }));
  await writer.flush();
  const range = { projectId: user.projectId, from: new Date(at.getTime() - HOUR), to: new Date() };

  const byKey = await user.caller.analytics.breakdown({ ...range, by: "apiKey" });
  assert.deepEqual(byKey.rows.map((row) => [row.label, row.requests]), [[`Backend (…${apiKey.masked.slice(-4)})`, 2], ["No API key", 1]]);
  const byProvider = await user.caller.analytics.breakdown({ ...range, by: "provider" });
  assert.deepEqual(byProvider.rows.map((row) => row.label).sort(), ["my-llm (custom)", "No provider", "OpenAI"].sort());
  const byModel = await user.caller.analytics.breakdown({ ...range, by: "model" });
  assert.deepEqual(byModel.rows.map((row) => row.key).sort(), ["gpt-4o-mini", "my-llm/llama"]);
  assert.equal(byModel.rows.find((row) => row.key === "gpt-4o-mini")!.cost, "0.0000045", "exact, trailing zeros dropped");
});

test("an empty range answers zeros and no series; bad ranges are refused with a clear message", async () => {
  const user = await createTestUser();
  const range = { projectId: user.projectId, from: new Date("2020-01-01T00:00:00Z"), to: new Date("2020-01-02T00:00:00Z") };
  const summary = await user.caller.analytics.summary(range);
  assert.deepEqual([summary.requests, summary.cost, summary.errorRate, summary.latencyP50Ms, summary.avgTtftMs], [0, "0", 0, null, null]);
  const chart = await user.caller.analytics.timeseries({ ...range, groupBy: "model", metric: "latencyP95" });
  assert.deepEqual([chart.unit, chart.buckets.length, chart.series], ["hour", 24, []]);
  assert.deepEqual((await user.caller.analytics.breakdown({ ...range, by: "apiKey" })).rows, []);

  await assert.rejects(user.caller.analytics.summary({ ...range, from: range.to, to: range.from }), isBadRequest("The end of the range must be after its start"));
  await assert.rejects(
    user.caller.analytics.breakdown({ ...range, from: new Date("2018-01-01T00:00:00Z"), by: "model" }),
    isBadRequest("A range can span at most 400 days"),
  );
});

test("the last hour is charted per 5 minutes from raw rows", async () => {
  const user = await createTestUser();
  const now = Date.now();
  const writer = new RequestLogWriter();
  for (const minutesAgo of [1, 2, 12, 44, 59]) writer.append(entry(user, new Date(now - minutesAgo * 60_000)));
  writer.append(entry(user, new Date(now - 61 * 60_000)));
  await writer.flush();
  const chart = await user.caller.analytics.timeseries({ projectId: user.projectId, from: new Date(now - HOUR), to: new Date(now), groupBy: null, metric: "requests" });
  assert.equal(chart.unit, "5m");
  assert.ok(chart.buckets.length === 12 || chart.buckets.length === 13);
  assert.deepEqual(chart.series.map((series) => [series.label, series.values.reduce((a, b) => a! + b!, 0)]), [["All requests", 5]]);
});

test("seeded traffic comes with rollups that match its rows exactly, also when seeding again on top", async () => {
  const user = await createTestUser();
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Seeded" });
  const target = { organizationId: user.organizationId, projectId: user.projectId, apiKeys: [{ id: apiKey.id, weight: 1 }] };
  const endMs = Date.parse("2026-02-01T12:34:56.789Z");
  await seedTraffic(testDatabaseUrl, target, { requests: 2_500, days: 2, endMs, batchSize: 700, seed: 1 });
  await seedTraffic(testDatabaseUrl, target, { requests: 1_500, days: 1, endMs, batchSize: 400, seed: 2 });

  const [raw] = await db().$queryRaw<Array<{ requests: number; cost: string; tokens: number; errors: number }>>`
    SELECT count(*)::float8 AS requests, sum("totalCost")::text AS cost, sum("promptTokens" + "completionTokens")::float8 AS tokens,
      (count(*) FILTER (WHERE "status" >= 400))::float8 AS errors
    FROM "RequestLog" WHERE "projectId" = ${user.projectId}`;
  const [rollups] = await db().$queryRaw<Array<{ requests: number; cost: string; tokens: number; errors: number }>>`
    SELECT sum("requests")::float8 AS requests, sum("totalCost")::text AS cost, sum("promptTokens" + "completionTokens")::float8 AS tokens,
      sum("errors")::float8 AS errors
    FROM "RequestRollupHourly" WHERE "projectId" = ${user.projectId}`;
  assert.equal(raw!.requests, 4_000);
  assert.deepEqual({ ...rollups, cost: Number(rollups!.cost) }, { ...raw, cost: Number(raw!.cost) });
  assert.equal(rollups!.cost.replace(/0+$/, ""), raw!.cost.replace(/0+$/, ""), "exactly the same decimal");

  const summary = await user.caller.analytics.summary({ projectId: user.projectId, from: new Date(endMs - 2 * 86_400_000), to: new Date(endMs) });
  assert.equal(summary.requests, 4_000);
  assert.ok(summary.errorRate > 0.005 && summary.errorRate < 0.05, `about 2% errors, got ${summary.errorRate}`);
  assert.ok(summary.cacheHitRate > 0 && summary.cacheHitRate < 0.1, `some cache hits, got ${summary.cacheHitRate}`);
});
