import assert from "node:assert/strict";
import { test } from "node:test";
import { analyticsRangeSchema, timeseriesInputSchema } from "./analytics-input";
import { bucketStarts, bucketUnitFor, planRange } from "./analytics-range";

const at = (iso: string) => new Date(iso);

test("whole hours come from rollups, the partial edge hours from raw rows", () => {
  const plan = planRange({ from: at("2026-03-01T10:20:00Z"), to: at("2026-03-02T08:05:30Z") });
  assert.deepEqual(plan.rollupHours, { from: at("2026-03-01T11:00:00Z"), to: at("2026-03-02T08:00:00Z") });
  assert.deepEqual(plan.rawSpans, [
    { from: at("2026-03-01T10:20:00Z"), to: at("2026-03-01T11:00:00Z") },
    { from: at("2026-03-02T08:00:00Z"), to: at("2026-03-02T08:05:30Z") },
  ]);
});

test("a range on hour boundaries needs no raw rows; one inside an hour needs nothing else", () => {
  const aligned = planRange({ from: at("2026-03-01T10:00:00Z"), to: at("2026-03-01T12:00:00Z") });
  assert.deepEqual(aligned.rawSpans, []);
  assert.deepEqual(aligned.rollupHours, { from: at("2026-03-01T10:00:00Z"), to: at("2026-03-01T12:00:00Z") });
  const inside = planRange({ from: at("2026-03-01T10:10:00Z"), to: at("2026-03-01T10:50:00Z") });
  assert.equal(inside.rollupHours, null);
  assert.deepEqual(inside.rawSpans, [{ from: at("2026-03-01T10:10:00Z"), to: at("2026-03-01T10:50:00Z") }]);
  const across = planRange({ from: at("2026-03-01T10:10:00Z"), to: at("2026-03-01T11:50:00Z") });
  assert.equal(across.rollupHours, null, "no whole hour between them");
  assert.equal(planRange({ from: at("2026-03-01T10:00:00Z"), to: at("2026-03-01T12:00:00Z") }, { rawOnly: true }).rollupHours, null);
});

test("charts use 5-minute buckets up to 2 hours, hours up to 48 hours, then UTC days", () => {
  const from = at("2026-03-01T10:07:00Z");
  const after = (hours: number) => ({ from, to: new Date(from.getTime() + hours * 3_600_000) });
  assert.equal(bucketUnitFor(after(1)), "5m");
  assert.equal(bucketUnitFor(after(2)), "5m");
  assert.equal(bucketUnitFor(after(24)), "hour");
  assert.equal(bucketUnitFor(after(48)), "hour");
  assert.equal(bucketUnitFor(after(7 * 24)), "day");
  assert.deepEqual(bucketStarts(after(0.25), "5m").map((ms) => new Date(ms).toISOString()), [
    "2026-03-01T10:05:00.000Z",
    "2026-03-01T10:10:00.000Z",
    "2026-03-01T10:15:00.000Z",
    "2026-03-01T10:20:00.000Z",
  ]);
  assert.equal(bucketStarts(after(24), "hour").length, 25, "the partial first and last hours each get a bucket");
  assert.equal(bucketStarts({ from: at("2026-03-01T00:00:00Z"), to: at("2026-03-31T00:00:00Z") }, "day").length, 30);
});

test("ranges must run forwards and span at most 400 days, with messages that say so", () => {
  const problem = (input: unknown) => {
    const result = timeseriesInputSchema.safeParse(input);
    return result.success ? null : result.error.issues[0]!.message;
  };
  assert.equal(problem({ from: at("2026-03-02T00:00:00Z"), to: at("2026-03-01T00:00:00Z") }), "The end of the range must be after its start");
  assert.equal(problem({ from: at("2026-03-01T00:00:00Z"), to: at("2026-03-01T00:00:00Z") }), "The end of the range must be after its start");
  assert.equal(problem({ from: at("2024-01-01T00:00:00Z"), to: at("2026-03-01T00:00:00Z") }), "A range can span at most 400 days");
  assert.equal(problem({ from: "yesterday", to: at("2026-03-01T00:00:00Z") }), "Start of the range must be a date");
  assert.equal(problem({ from: at("2026-03-01T00:00:00Z"), to: at("2026-03-02T00:00:00Z"), metric: "vibes" }), "Metric must be one of requests, cost, tokens, errors, latencyP95");
  const parsed = analyticsRangeSchema.parse({ from: "2026-03-01T00:00:00Z", to: "2026-03-02T00:00:00.000Z" });
  assert.deepEqual(parsed, { from: at("2026-03-01T00:00:00Z"), to: at("2026-03-02T00:00:00Z") });
  assert.deepEqual(timeseriesInputSchema.parse({ from: at("2026-03-01T00:00:00Z"), to: at("2026-03-02T00:00:00Z") }).groupBy, null);
});
