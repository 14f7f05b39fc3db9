import assert from "node:assert/strict";
import { test } from "node:test";
import { emptyHistogram, latencyBucketIndex } from "../../analytics/latency-histogram";
import { buildSeries, OTHER_SERIES, type SeriesPoint } from "./top-series";

const point = (group: string, bucketMs: number, requests: number, latencyMs = 100): SeriesPoint => {
  const histogram = emptyHistogram();
  histogram[latencyBucketIndex(latencyMs)] = requests;
  return { group, bucketMs, requests, errors: 0, tokens: requests * 10, cost: requests / 100, histogram };
};

test("the largest groups keep their series, the rest add up to 'other', zero where a bucket had none", () => {
  const points = [point("a", 0, 50), point("a", 1, 10), point("b", 0, 30), point("c", 1, 5), point("d", 1, 4)];
  const series = buildSeries(points, [0, 1, 2], "requests", 2);
  assert.deepEqual(series, [
    { key: "a", values: [50, 10, 0] },
    { key: "b", values: [30, 0, 0] },
    { key: OTHER_SERIES, values: [0, 9, 0] },
  ]);
});

test("one group over the limit is shown as itself, not as 'other'", () => {
  const series = buildSeries([point("a", 0, 3), point("b", 0, 2), point("c", 0, 1)], [0], "tokens", 2);
  assert.deepEqual(series.map((s) => s.key), ["a", "b", "c"]);
  assert.deepEqual(series.map((s) => s.values[0]), [30, 20, 10]);
});

test("latency series rank by requests, merge histograms for 'other', and are empty (null) without requests", () => {
  const points = [point("busy", 0, 100, 100), point("slow", 0, 1, 5_000), point("tiny", 0, 1, 10), point("tiny2", 1, 1, 10)];
  const series = buildSeries(points, [0, 1], "latencyP95", 1);
  assert.deepEqual(series.map((s) => s.key), ["busy", OTHER_SERIES]);
  assert.equal(series[0]!.values[1], null);
  assert.ok(series[1]!.values[0]! >= 4_000, "'other' at 0 holds the slow request: its p95 is in the slow bucket");
  assert.ok(series[1]!.values[1]! < 20);
});

test("no requests, no series", () => {
  assert.deepEqual(buildSeries([], [0, 1], "cost", 5), []);
});
