import { addHistogram, emptyHistogram, histogramPercentile } from "../../analytics/latency-histogram";
import type { AnalyticsMetric } from "./analytics-input";

/** The totals of one group in one time bucket. */
export type SeriesPoint = {
  group: string;
  bucketMs: number;
  requests: number;
  errors: number;
  tokens: number;
  /** USD as a float: a chart only draws it. Exact sums are the summary's and the breakdown's. */
  cost: number;
  histogram: number[] | null;
};

export const OTHER_SERIES = "__other__";

function mergePoint(target: SeriesPoint | undefined, point: SeriesPoint, group: string): SeriesPoint {
  if (!target) return { ...point, group, histogram: point.histogram ? [...point.histogram] : null };
  target.requests += point.requests;
  target.errors += point.errors;
  target.tokens += point.tokens;
  target.cost += point.cost;
  if (point.histogram) target.histogram = addHistogram(target.histogram ?? emptyHistogram(), point.histogram);
  return target;
}

function metricValue(point: SeriesPoint | undefined, metric: AnalyticsMetric): number | null {
  if (metric === "latencyP95") return point?.histogram ? histogramPercentile(point.histogram, 0.95) : null;
  return point ? point[metric] : 0;
}

/**
 * One series per group, values aligned with `buckets` (zero, or null for latency, where a bucket had no requests).
 * The `limit` largest groups by the metric's total (by requests for latency, whose values do not add up) keep their
 * own series; the rest are merged into one OTHER_SERIES, drawn last.
 */
export function buildSeries(points: readonly SeriesPoint[], buckets: readonly number[], metric: AnalyticsMetric, limit: number) {
  const rankBy = metric === "latencyP95" ? "requests" : metric;
  const totals = new Map<string, number>();
  for (const point of points) totals.set(point.group, (totals.get(point.group) ?? 0) + point[rankBy]);
  const ranked = [...totals.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([group]) => group);
  const kept = new Set(ranked.slice(0, ranked.length > limit + 1 ? limit : limit + 1));

  const byGroup = new Map<string, Map<number, SeriesPoint>>();
  for (const point of points) {
    const group = kept.has(point.group) ? point.group : OTHER_SERIES;
    const cells = byGroup.get(group) ?? new Map<number, SeriesPoint>();
    byGroup.set(group, cells);
    cells.set(point.bucketMs, mergePoint(cells.get(point.bucketMs), point, group));
  }
  const order = [...ranked.filter((group) => kept.has(group)), ...(byGroup.has(OTHER_SERIES) ? [OTHER_SERIES] : [])];
  return order.map((group) => {
    const cells = byGroup.get(group)!;
    return { key: group, values: buckets.map((bucket) => metricValue(cells.get(bucket), metric)) };
  });
}
