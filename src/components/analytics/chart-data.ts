// Recharts reads a dataKey with dots as a path ("gpt-4.1" → row["gpt-4"]["1"]), so series get positional keys.

export type SeriesInput = { key: string; label: string; values: Array<number | null> };
export type ChartSeries = { dataKey: string; label: string; color: string };
export type ChartRow = { bucket: number } & { [dataKey: string]: number | null };

const PALETTE = ["#3b6cf6", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#06b6d4", "#ec4899"];
const OTHER_COLOR = "#a1a1aa";

export function chartSeries(series: readonly SeriesInput[]): ChartSeries[] {
  return series.map((entry, index) => ({
    dataKey: `s${index}`,
    label: entry.label,
    color: entry.key === "__other__" ? OTHER_COLOR : PALETTE[index % PALETTE.length]!,
  }));
}

export function chartRows(buckets: readonly number[], series: readonly SeriesInput[]): ChartRow[] {
  return buckets.map((bucket, bucketIndex) => {
    const row: ChartRow = { bucket };
    series.forEach((entry, index) => (row[`s${index}`] = entry.values[bucketIndex] ?? null));
    return row;
  });
}
