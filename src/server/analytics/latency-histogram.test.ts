import assert from "node:assert/strict";
import { test } from "node:test";
import {
  LATENCY_BUCKET_BOUNDS_MS,
  LATENCY_BUCKET_COUNT,
  addHistogram,
  emptyHistogram,
  histogramPercentile,
  latencyBucketIndex,
} from "./latency-histogram";

function histogramOf(latencies: number[]): number[] {
  const histogram = emptyHistogram();
  for (const latency of latencies) histogram[latencyBucketIndex(latency)]! += 1;
  return histogram;
}

test("the bounds rise strictly from 1 ms to 10 minutes, about 40 buckets", () => {
  assert.equal(LATENCY_BUCKET_BOUNDS_MS[0], 1);
  assert.equal(LATENCY_BUCKET_BOUNDS_MS.at(-1), 600_000);
  assert.equal(LATENCY_BUCKET_COUNT, LATENCY_BUCKET_BOUNDS_MS.length + 1);
  assert.ok(LATENCY_BUCKET_COUNT >= 35 && LATENCY_BUCKET_COUNT <= 45);
  for (let index = 1; index < LATENCY_BUCKET_BOUNDS_MS.length; index++) {
    const ratio = LATENCY_BUCKET_BOUNDS_MS[index]! / LATENCY_BUCKET_BOUNDS_MS[index - 1]!;
    assert.ok(ratio > 1 && ratio <= (index === 1 ? 2 : 1.5), `bounds ${index - 1} → ${index} grow by ${ratio}`);
  }
});

test("a latency falls in the bucket whose lower bound it reaches, like SQL's width_bucket", () => {
  assert.equal(latencyBucketIndex(0), 0);
  assert.equal(latencyBucketIndex(1), 1);
  assert.equal(latencyBucketIndex(6), 5, "[5, 7)");
  assert.equal(latencyBucketIndex(7), 6, "[7, 10)");
  assert.equal(latencyBucketIndex(999), LATENCY_BUCKET_BOUNDS_MS.indexOf(1_000));
  assert.equal(latencyBucketIndex(1_000), LATENCY_BUCKET_BOUNDS_MS.indexOf(1_000) + 1);
  assert.equal(latencyBucketIndex(599_999), LATENCY_BUCKET_COUNT - 2);
  assert.equal(latencyBucketIndex(600_000), LATENCY_BUCKET_COUNT - 1, "10 minutes and more: the overflow bucket");
  assert.equal(latencyBucketIndex(3_600_000), LATENCY_BUCKET_COUNT - 1);
});

test("percentiles interpolate linearly inside the bucket holding the rank", () => {
  // Ten requests in [100, 150): the median sits halfway, p95 at 95% of the way.
  const histogram = histogramOf(Array.from({ length: 10 }, () => 120));
  assert.equal(histogramPercentile(histogram, 0.5), 125);
  assert.equal(histogramPercentile(histogram, 0.95), 147.5);
  assert.equal(histogramPercentile(histogram, 1), 150);
});

test("percentiles cross buckets by cumulative count", () => {
  // 90 fast requests in [10, 15), 10 slow ones in [2000, 3000): p50 is fast, p95 is halfway into the slow bucket.
  const histogram = histogramOf([...Array.from({ length: 90 }, () => 12), ...Array.from({ length: 10 }, () => 2_500)]);
  assert.equal(histogramPercentile(histogram, 0.5), 10 + (5 * 50) / 90);
  assert.equal(histogramPercentile(histogram, 0.95), 2_500);
  assert.equal(histogramPercentile(histogram, 0.9), 15, "exactly the 90th request: the top of the fast bucket");
});

test("estimates stay within the bucket of the exact percentile", () => {
  const latencies = Array.from({ length: 1_000 }, (_, index) => Math.round(50 * Math.exp((index % 97) / 25)));
  const sorted = [...latencies].sort((a, b) => a - b);
  const histogram = histogramOf(latencies);
  for (const q of [0.5, 0.9, 0.95, 0.99]) {
    const exact = sorted[Math.ceil(q * sorted.length) - 1]!;
    const estimate = histogramPercentile(histogram, q)!;
    const bucket = latencyBucketIndex(exact);
    const lower = bucket === 0 ? 0 : LATENCY_BUCKET_BOUNDS_MS[bucket - 1]!;
    assert.ok(estimate >= lower && estimate <= LATENCY_BUCKET_BOUNDS_MS[bucket]!, `p${q * 100}: ${estimate} vs exact ${exact}`);
  }
});

test("merged histograms give the percentiles of all their requests; empty ones give none", () => {
  const fast = histogramOf([5, 5, 5]);
  const slow = histogramOf([5_000]);
  assert.deepEqual(addHistogram(emptyHistogram(), [1, null, 2]).slice(0, 3), [1, 0, 2], "shorter stored arrays and NULLs count as zero");
  const merged = addHistogram(addHistogram(emptyHistogram(), fast), slow);
  assert.equal(merged.reduce((sum, count) => sum + count, 0), 4);
  assert.ok(histogramPercentile(merged, 0.5)! < 10);
  assert.ok(histogramPercentile(merged, 0.95)! >= 5_000);
  assert.equal(histogramPercentile(emptyHistogram(), 0.5), null);
  assert.equal(histogramPercentile([], 0.95), null);
  assert.equal(histogramPercentile(histogramOf([900_000]), 0.5), 600_000, "the overflow bucket answers with its lower bound");
});
