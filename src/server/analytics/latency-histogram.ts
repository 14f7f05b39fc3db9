// Latency percentiles over any range come from histograms that can be added together: an hourly rollup row keeps
// counts per fixed bucket, and the buckets of any set of rows merge by element-wise addition. Exact percentiles
// would need every latency; these are off by less than one bucket (neighbouring bounds are at most 1.5× apart from
// 2 ms up), and usually much less thanks to interpolation.

/**
 * Upper bounds (exclusive) of the latency buckets in milliseconds, roughly log-scale (1-1.5-2-3-4-5-7 per decade)
 * from 1 ms to 10 minutes. Bucket 0 is [0, 1), bucket i is [BOUNDS[i-1], BOUNDS[i]), and the last bucket,
 * index BOUNDS.length, holds everything from 10 minutes up. Never reorder or change these: stored rollups count
 * by index. Appending bounds at the end is safe only together with re-bucketing the overflow bucket.
 */
export const LATENCY_BUCKET_BOUNDS_MS: readonly number[] = Object.freeze([
  1, 2, 3, 4, 5, 7,
  10, 15, 20, 30, 40, 50, 70,
  100, 150, 200, 300, 400, 500, 700,
  1_000, 1_500, 2_000, 3_000, 4_000, 5_000, 7_000,
  10_000, 15_000, 20_000, 30_000, 40_000, 50_000, 70_000,
  100_000, 150_000, 200_000, 300_000, 400_000, 600_000,
]);

/** Number of buckets, the overflow bucket included. */
export const LATENCY_BUCKET_COUNT = LATENCY_BUCKET_BOUNDS_MS.length + 1;

/** The bucket a latency falls in; matches SQL's `width_bucket(latency, ARRAY[bounds])` (0-based). */
export function latencyBucketIndex(latencyMs: number): number {
  let low = 0;
  let high = LATENCY_BUCKET_BOUNDS_MS.length;
  // Binary search for the first bound greater than the latency.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (latencyMs < LATENCY_BUCKET_BOUNDS_MS[middle]!) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function emptyHistogram(): number[] {
  return new Array<number>(LATENCY_BUCKET_COUNT).fill(0);
}

/** Adds `source` into `target` element-wise (lengths may differ: stored rows may be shorter than the bucket list). */
export function addHistogram(target: number[], source: readonly (number | null)[]): number[] {
  for (let index = 0; index < source.length; index++) target[index] = (target[index] ?? 0) + (source[index] ?? 0);
  return target;
}

export function histogramTotal(histogram: readonly number[]): number {
  return histogram.reduce((sum, count) => sum + count, 0);
}

/**
 * The q-quantile (0 < q ≤ 1) estimated from bucket counts: find the bucket holding the rank q·n and interpolate
 * linearly inside it, as if its latencies were spread evenly. The overflow bucket has no upper bound, so a rank
 * in it answers with its lower bound (10 minutes). Null when the histogram is empty.
 */
export function histogramPercentile(histogram: readonly number[], q: number): number | null {
  const total = histogramTotal(histogram);
  if (total === 0) return null;
  const rank = Math.min(Math.max(q, 0), 1) * total;
  let before = 0;
  for (let index = 0; index < histogram.length; index++) {
    const count = histogram[index] ?? 0;
    if (count > 0 && before + count >= rank) {
      const lower = index === 0 ? 0 : LATENCY_BUCKET_BOUNDS_MS[index - 1]!;
      const upper = LATENCY_BUCKET_BOUNDS_MS[index];
      if (upper === undefined) return lower;
      return lower + ((upper - lower) * (rank - before)) / count;
    }
    before += count;
  }
  return LATENCY_BUCKET_BOUNDS_MS.at(-1)!;
}
