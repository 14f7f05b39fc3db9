// How a range is answered: whole UTC hours from the hourly rollups, the partial hours at either edge from the raw
// request log (there are at most two of them, each under an hour), so totals are exact for any from/to.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export type TimeSpan = { from: Date; to: Date };
export type RangePlan = { rollupHours: TimeSpan | null; rawSpans: TimeSpan[] };

const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;
const ceilTo = (ms: number, step: number) => Math.ceil(ms / step) * step;

export function planRange({ from, to }: TimeSpan, options: { rawOnly?: boolean } = {}): RangePlan {
  const firstHour = ceilTo(from.getTime(), HOUR_MS);
  const endHour = floorTo(to.getTime(), HOUR_MS);
  if (options.rawOnly || firstHour >= endHour) return { rollupHours: null, rawSpans: [{ from, to }] };
  const rawSpans: TimeSpan[] = [];
  if (from.getTime() < firstHour) rawSpans.push({ from, to: new Date(firstHour) });
  if (endHour < to.getTime()) rawSpans.push({ from: new Date(endHour), to });
  return { rollupHours: { from: new Date(firstHour), to: new Date(endHour) }, rawSpans };
}

/** Chart resolution: 5-minute buckets (from raw rows, as rollups are hourly) up to 2 h, hours up to 48 h, else UTC days. */
export type BucketUnit = "5m" | "hour" | "day";

export const BUCKET_MS: Record<BucketUnit, number> = { "5m": 5 * MINUTE_MS, hour: HOUR_MS, day: DAY_MS };

export function bucketUnitFor({ from, to }: TimeSpan): BucketUnit {
  const span = to.getTime() - from.getTime();
  if (span <= 2 * HOUR_MS) return "5m";
  return span <= 48 * HOUR_MS ? "hour" : "day";
}

/** Start of every bucket that overlaps the range, so empty buckets are charted as zero rather than skipped. */
export function bucketStarts({ from, to }: TimeSpan, unit: BucketUnit): number[] {
  const step = BUCKET_MS[unit];
  const starts: number[] = [];
  for (let start = floorTo(from.getTime(), step); start < to.getTime(); start += step) starts.push(start);
  return starts;
}
