import assert from "node:assert/strict";
import { test } from "node:test";
import Decimal from "decimal.js";
import { createTestUser } from "@/testing/integration/fixtures";
import { seededRandom, type Random } from "@/testing/synthetic-traffic/random";
import { db } from "../../db/client";
import { RequestLogWriter, type RequestLogEntry } from "../../gateway/logging/request-log-writer";
import type { AnalyticsGroup } from "./analytics-input";

// The property the rollups exist for: whatever the range, analytics answer exactly what summing the raw request
// log answers. Rows go in through the gateway's own writer (batches of 500, so rollup rows are merged many times).

const WINDOW_START = Date.parse("2026-01-10T00:00:00.000Z");
const WINDOW_MS = 6 * 86_400_000;
const MODELS = [
  { modelId: "gpt-4o-mini", requestedModel: "gpt-4o-mini", providers: ["openai", "openrouter"] },
  { modelId: "claude-sonnet-4-5", requestedModel: "anthropic/claude-sonnet-4-5", providers: ["anthropic"] },
  { modelId: null, requestedModel: "no-such-model", providers: [] },
];
const STATUSES = [200, 200, 200, 200, 200, 200, 200, 400, 429, 499, 502];

function randomRow(random: Random, target: { organizationId: string; projectId: string }, keyIds: string[]): RequestLogEntry {
  const model = MODELS[Math.floor(random.next() * MODELS.length)]!;
  const providerId = model.providers.length && random.next() < 0.9 ? model.providers[Math.floor(random.next() * model.providers.length)]! : null;
  const digits = Math.floor(random.next() * 1e9);
  return {
    requestId: `req_${digits}`,
    createdAt: new Date(WINDOW_START + Math.floor(random.next() * WINDOW_MS)),
    organizationId: target.organizationId,
    projectId: target.projectId,
    apiKeyId: random.next() < 0.1 ? null : keyIds[Math.floor(random.next() * keyIds.length)]!,
    endpoint: "chat.completions",
    requestedModel: model.requestedModel,
    modelId: model.modelId,
    providerId,
    status: STATUSES[Math.floor(random.next() * STATUSES.length)]!,
    cacheStatus: [null, "miss", "hit", "skip"][Math.floor(random.next() * 4)]!,
    promptTokens: Math.floor(random.next() * 5000),
    completionTokens: Math.floor(random.next() * 800),
    cachedTokens: Math.floor(random.next() * 300),
    reasoningTokens: Math.floor(random.next() * 50),
    // Up to 13 decimals: the column keeps 12, and the rollups must add what was stored.
    totalCost: `0.${String(digits).padStart(9, "0")}${Math.floor(random.next() * 10_000)}`,
    latencyMs: Math.floor(Math.exp(random.next() * 11)),
    ttftMs: random.next() < 0.5 ? null : Math.floor(random.next() * 2_000),
  };
}

const utc = (date: Date) => date.toISOString();
type RawTotals = { requests: number; errors: number; cache_hits: number; prompt: number; completion: number; cached: number; reasoning: number; cost: string | null; latency: number };

async function rawTotals(projectId: string, from: Date, to: Date, groupColumn?: string) {
  const group = groupColumn ?? "''";
  return db().$queryRawUnsafe<Array<RawTotals & { key: string }>>(
    `SELECT ${group} AS key, count(*)::float8 AS requests, (count(*) FILTER (WHERE "status" >= 400))::float8 AS errors,
       (count(*) FILTER (WHERE "cacheStatus" = 'hit'))::float8 AS cache_hits, sum("promptTokens")::float8 AS prompt,
       sum("completionTokens")::float8 AS completion, sum("cachedTokens")::float8 AS cached, sum("reasoningTokens")::float8 AS reasoning,
       sum("totalCost")::text AS cost, sum("latencyMs")::float8 AS latency
     FROM "RequestLog"
     WHERE "projectId" = $1 AND "createdAt" >= ($2::timestamptz AT TIME ZONE 'UTC') AND "createdAt" < ($3::timestamptz AT TIME ZONE 'UTC')
     GROUP BY 1`,
    projectId,
    utc(from),
    utc(to),
  );
}

const exact = (value: string | null) => new Decimal(value ?? 0).toFixed();

function assertTotals(label: string, actual: { requests: number; errors: number; cacheHits: number; promptTokens: number; completionTokens: number; cachedTokens: number; reasoningTokens: number; cost: string; avgLatencyMs: number | null }, raw: RawTotals | undefined) {
  const expected = raw ?? { requests: 0, errors: 0, cache_hits: 0, prompt: 0, completion: 0, cached: 0, reasoning: 0, cost: "0", latency: 0 };
  assert.deepEqual(
    [actual.requests, actual.errors, actual.cacheHits, actual.promptTokens, actual.completionTokens, actual.cachedTokens, actual.reasoningTokens, actual.cost],
    [expected.requests, expected.errors, expected.cache_hits, expected.prompt ?? 0, expected.completion ?? 0, expected.cached ?? 0, expected.reasoning ?? 0, exact(expected.cost)],
    label,
  );
  if (expected.requests > 0) assert.ok(Math.abs(actual.avgLatencyMs! - expected.latency / expected.requests) < 1e-6, `${label}: average latency`);
}

function randomRange(random: Random): { from: Date; to: Date } {
  const kind = random.next();
  const start = WINDOW_START - 86_400_000 + Math.floor(random.next() * (WINDOW_MS + 86_400_000));
  // A third within one hour or two, a third over days, a third on exact hour boundaries.
  if (kind < 0.33) return { from: new Date(start), to: new Date(start + 1 + Math.floor(random.next() * 2 * 3_600_000)) };
  const end = start + 3_600_000 + Math.floor(random.next() * WINDOW_MS);
  if (kind < 0.66) return { from: new Date(start), to: new Date(end) };
  return { from: new Date(Math.floor(start / 3_600_000) * 3_600_000), to: new Date(Math.ceil(end / 3_600_000) * 3_600_000) };
}

const GROUP_COLUMNS: Record<AnalyticsGroup, string> = {
  model: `COALESCE("modelId", "requestedModel")`,
  provider: `COALESCE("providerId", '')`,
  apiKey: `COALESCE("apiKeyId", '')`,
};

test("summary and breakdown totals equal sums over the raw request log for random ranges", async () => {
  const user = await createTestUser();
  const sibling = await user.caller.projects.create({ organizationId: user.organizationId, name: "Sibling" });
  const keyIds: string[] = [];
  for (const name of ["Backend", "Batch", "Staging"]) keyIds.push((await user.caller.apiKeys.create({ projectId: user.projectId, name })).apiKey.id);

  const random = seededRandom(7);
  const writer = new RequestLogWriter();
  for (let index = 0; index < 3_000; index++) writer.append(randomRow(random, user, keyIds));
  // Another project's traffic in the same hours must never be counted.
  for (let index = 0; index < 300; index++) writer.append(randomRow(random, { organizationId: user.organizationId, projectId: sibling.id }, []));
  await writer.flush();
  assert.equal(await db().requestLog.count({ where: { projectId: user.projectId } }), 3_000);

  const ranges = [{ from: new Date(WINDOW_START - 86_400_000), to: new Date(WINDOW_START + WINDOW_MS + 86_400_000) }];
  for (let index = 0; index < 20; index++) ranges.push(randomRange(random));
  for (const [index, range] of ranges.entries()) {
    const label = `range ${index} ${range.from.toISOString()} – ${range.to.toISOString()}`;
    const summary = await user.caller.analytics.summary({ projectId: user.projectId, ...range });
    const [raw] = await rawTotals(user.projectId, range.from, range.to);
    assertTotals(label, summary, raw);
    if (index % 4 !== 0) continue;
    for (const by of ["model", "provider", "apiKey"] as const) {
      const breakdown = await user.caller.analytics.breakdown({ projectId: user.projectId, ...range, by });
      const rawGroups = await rawTotals(user.projectId, range.from, range.to, GROUP_COLUMNS[by]);
      assert.deepEqual(breakdown.rows.map((row) => row.key).sort(), rawGroups.map((row) => row.key).sort(), `${label} by ${by}: groups`);
      for (const row of breakdown.rows) assertTotals(`${label} by ${by} ${row.key}`, row, rawGroups.find((group) => group.key === row.key));
    }
  }
});

test("timeseries buckets add up to the range's totals, and percentiles land in the exact value's bucket", async () => {
  const user = await createTestUser();
  const random = seededRandom(11);
  const writer = new RequestLogWriter();
  for (let index = 0; index < 1_500; index++) writer.append(randomRow(random, user, []));
  await writer.flush();

  for (let index = 0; index < 6; index++) {
    const range = randomRange(random);
    const [raw] = await rawTotals(user.projectId, range.from, range.to);
    for (const metric of ["requests", "tokens", "errors"] as const) {
      const chart = await user.caller.analytics.timeseries({ projectId: user.projectId, ...range, groupBy: "model", metric });
      const total = chart.series.reduce((sum, series) => sum + series.values.reduce<number>((a, b) => a + (b ?? 0), 0), 0);
      const expected = metric === "requests" ? raw?.requests : metric === "errors" ? raw?.errors : (raw?.prompt ?? 0) + (raw?.completion ?? 0);
      assert.equal(total, expected ?? 0, `${metric} over ${range.from.toISOString()} – ${range.to.toISOString()} (${chart.unit})`);
    }
  }

  const everything = { from: new Date(WINDOW_START), to: new Date(WINDOW_START + WINDOW_MS) };
  const summary = await user.caller.analytics.summary({ projectId: user.projectId, ...everything });
  const [exactMedian] = await db().$queryRaw<Array<{ p50: number }>>`
    SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY "latencyMs")::float8 AS p50 FROM "RequestLog" WHERE "projectId" = ${user.projectId}`;
  const median = exactMedian!.p50;
  assert.ok(summary.latencyP50Ms! >= median / 1.5 && summary.latencyP50Ms! <= median * 1.5, `p50 ${summary.latencyP50Ms} vs exact ${median}`);
});
