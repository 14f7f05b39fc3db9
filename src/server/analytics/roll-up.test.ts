import assert from "node:assert/strict";
import { test } from "node:test";
import Decimal from "decimal.js";
import { latencyBucketIndex } from "./latency-histogram";
import { rollUp, type RollupSource } from "./roll-up";
import { rollupUpsertSql } from "./upsert-rollups";

const row = (overrides: Partial<RollupSource> = {}): RollupSource => ({
  organizationId: "org",
  projectId: "project",
  createdAt: new Date("2026-03-01T10:15:00.000Z"),
  apiKeyId: "key-1",
  requestedModel: "openai/gpt-4o-mini",
  modelId: "gpt-4o-mini",
  providerId: "openai",
  status: 200,
  cacheStatus: null,
  promptTokens: 100,
  completionTokens: 20,
  cachedTokens: 0,
  reasoningTokens: 0,
  totalCost: "0.000027",
  latencyMs: 800,
  ttftMs: null,
  ...overrides,
});

test("rows of one project, UTC hour, model, provider and key add up into one delta", () => {
  const [delta, ...rest] = rollUp([
    row(),
    row({ createdAt: "2026-03-01T10:59:59.999Z", status: 502, cacheStatus: "hit", totalCost: "0.000000000001", ttftMs: 300, latencyMs: 1200 }),
    row({ status: 429, promptTokens: 5, completionTokens: 0, cachedTokens: 3, reasoningTokens: 7, ttftMs: 100, latencyMs: 5 }),
  ]);
  assert.equal(rest.length, 0);
  assert.equal(delta!.hourMs, Date.parse("2026-03-01T10:00:00.000Z"));
  assert.deepEqual(
    [delta!.requests, delta!.errors, delta!.cacheHits, delta!.promptTokens, delta!.completionTokens, delta!.cachedTokens, delta!.reasoningTokens],
    [3, 2, 1, 205, 40, 3, 7],
  );
  assert.equal(delta!.totalCost.toFixed(), "0.000054000001", "exact decimal sum");
  assert.deepEqual([delta!.latencySumMs, delta!.ttftSumMs, delta!.ttftCount], [2005, 400, 2]);
  assert.equal(delta!.latencyHistogram[latencyBucketIndex(800)], 1);
  assert.equal(delta!.latencyHistogram[latencyBucketIndex(1200)], 1);
  assert.equal(delta!.latencyHistogram[latencyBucketIndex(5)], 1);
});

test("each key part splits deltas: hour, model (catalog id, else as requested), provider, key; missing ones are ''", () => {
  const deltas = rollUp([
    row(),
    row({ createdAt: new Date("2026-03-01T11:00:00.000Z") }),
    row({ modelId: null, requestedModel: "my-custom/model" }),
    row({ providerId: null }),
    row({ apiKeyId: null }),
    row({ projectId: "other-project" }),
  ]);
  assert.equal(deltas.length, 6);
  assert.ok(deltas.some((delta) => delta.model === "my-custom/model"));
  assert.ok(deltas.some((delta) => delta.providerId === "" && delta.model === "gpt-4o-mini"));
  assert.ok(deltas.some((delta) => delta.apiKeyId === ""));
  const keys = deltas.map((delta) => JSON.stringify([delta.projectId, delta.hourMs, delta.model, delta.providerId, delta.apiKeyId]));
  assert.deepEqual(keys, [...keys].sort(), "sorted by key, so concurrent writers lock rows in one order");
});

test("costs are added as stored: rounded to 12 places like numeric(20, 12)", () => {
  const [delta] = rollUp([row({ totalCost: "0.0000000000005" }), row({ totalCost: "0.0000000000004" }), row({ totalCost: 0.5 })]);
  assert.equal(delta!.totalCost.toFixed(), "0.500000000001");
});

test("every form of cost sums exactly as decimal arithmetic rounded to 12 places would", () => {
  const costs: Array<string | number> = ["0.0000000000014999", "1.2345678901234999", "7", "0.000000000000", 5e-13, 1.5e-7, "123456.999999999999500", "0.0000001234567890125"];
  const expected = costs.reduce<Decimal>((sum, cost) => sum.plus(new Decimal(String(cost)).toDecimalPlaces(12, Decimal.ROUND_HALF_UP)), new Decimal(0));
  const [delta] = rollUp(costs.map((totalCost) => row({ totalCost })));
  assert.equal(delta!.totalCost.toFixed(), expected.toFixed());
  assert.equal(delta!.totalCost.toFixed(), "123465.234568163582");
});

test("a row without createdAt cannot be rolled up (the database would pick its hour)", () => {
  assert.throws(() => rollUp([row({ createdAt: undefined })]), /createdAt/);
});

test("the upsert is one statement with one array parameter per column, histograms without trailing zeros", () => {
  const sql = rollupUpsertSql(rollUp([row(), row({ modelId: "gpt-4o" })]));
  assert.equal(sql.values.length, 18);
  assert.match(sql.text, /ON CONFLICT \("projectId", "hour", "model", "providerId", "apiKeyId"\) DO UPDATE/);
  const histograms = sql.values.at(-1) as string[];
  assert.equal(histograms.length, 2);
  assert.equal(histograms[0], `{${Array.from({ length: latencyBucketIndex(800) }, () => 0).join(",")},1}`);
});
