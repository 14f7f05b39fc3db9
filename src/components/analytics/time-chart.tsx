"use client";

import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { chartRows, chartSeries, type SeriesInput } from "./chart-data";
import { formatBucket, formatCount, formatMs, formatUsd, type BucketUnit } from "./format-analytics";

export type ChartMetric = "requests" | "cost" | "tokens" | "errors" | "latencyP95";

export function formatMetric(metric: ChartMetric, value: number | null): string {
  if (value === null) return "—";
  if (metric === "cost") return formatUsd(value);
  return metric === "latencyP95" ? formatMs(value) : formatCount(value);
}

// Axis and grid take the text colour (currentColor), so they follow light and dark mode without a theme hook.
const AXIS = { stroke: "currentColor", tick: { fill: "currentColor", fontSize: 11 }, tickLine: false } as const;

/** Counts and costs stack per bucket (the bar's height is the total); p95 latencies do not add up, so they are lines. */
export function TimeChart({ unit, buckets, series, metric }: { unit: BucketUnit; buckets: number[]; series: SeriesInput[]; metric: ChartMetric }) {
  const rows = chartRows(buckets, series);
  const lines = chartSeries(series);
  const tooltip = (props: TooltipContentProps) => <ChartTooltip {...props} unit={unit} metric={metric} />;
  const axes = [
    <CartesianGrid key="grid" stroke="currentColor" strokeOpacity={0.12} vertical={false} />,
    <XAxis key="x" dataKey="bucket" {...AXIS} tickFormatter={(ms: number) => formatBucket(ms, unit)} minTickGap={24} />,
    <YAxis key="y" {...AXIS} width={64} allowDecimals={metric === "cost" || metric === "latencyP95"} tickFormatter={(value: number) => formatMetric(metric, value)} />,
    <Tooltip key="tooltip" content={tooltip} cursor={{ fill: "currentColor", fillOpacity: 0.06 }} />,
  ];
  return (
    <div className="h-72 text-zinc-400 dark:text-zinc-500">
      <ResponsiveContainer width="100%" height="100%">
        {metric === "latencyP95" ? (
          <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            {axes}
            {lines.map((line) => (
              <Line key={line.dataKey} dataKey={line.dataKey} name={line.label} stroke={line.color} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            {axes}
            {lines.map((line) => (
              <Bar key={line.dataKey} dataKey={line.dataKey} name={line.label} stackId="total" fill={line.color} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}

function ChartTooltip({ active, payload, label, unit, metric }: TooltipContentProps & { unit: BucketUnit; metric: ChartMetric }) {
  if (!active || !payload?.length || typeof label !== "number") return null;
  return (
    <div className="rounded-md border border-zinc-200 bg-white px-3 py-2 text-xs text-zinc-900 shadow-md dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      <p className="mb-1 font-medium">{formatBucket(label, unit)}</p>
      <ul className="space-y-0.5">
        {[...payload].reverse().map((entry) => (
          <li key={String(entry.dataKey)} className="flex items-center gap-2">
            <span className="size-2 rounded-sm" style={{ background: entry.color }} aria-hidden="true" />
            <span className="max-w-48 truncate">{entry.name}</span>
            <span className="ml-auto pl-3 tabular-nums">{formatMetric(metric, typeof entry.value === "number" ? entry.value : null)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ChartLegend({ series }: { series: SeriesInput[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-300" aria-label="Series">
      {chartSeries(series).map((entry) => (
        <li key={entry.dataKey} className="flex min-w-0 items-center gap-1.5">
          <span className="size-2.5 shrink-0 rounded-sm" style={{ background: entry.color }} aria-hidden="true" />
          <span className="truncate">{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}
