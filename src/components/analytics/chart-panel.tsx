"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { Panel } from "./panel";
import { SelectControl } from "./select-control";
import { ChartLegend, TimeChart, type ChartMetric } from "./time-chart";
import type { TimeRange } from "./time-ranges";

type GroupChoice = "model" | "provider" | "apiKey" | "none";

const METRICS: ReadonlyArray<{ value: ChartMetric; label: string }> = [
  { value: "requests", label: "Requests" },
  { value: "cost", label: "Cost" },
  { value: "tokens", label: "Tokens" },
  { value: "errors", label: "Errors" },
  { value: "latencyP95", label: "Latency p95" },
];
const GROUPS: ReadonlyArray<{ value: GroupChoice; label: string }> = [
  { value: "model", label: "Model" },
  { value: "provider", label: "Provider" },
  { value: "apiKey", label: "API key" },
  { value: "none", label: "Nothing" },
];
const UNIT_NOTE = { "5m": "per 5 minutes", hour: "per hour", day: "per day (UTC)" } as const;

export function ChartPanel({ projectId, range }: { projectId: string; range: TimeRange }) {
  const trpc = useTRPC();
  const [metric, setMetric] = useState<ChartMetric>("requests");
  const [group, setGroup] = useState<GroupChoice>("model");
  const chart = useQuery({
    ...trpc.analytics.timeseries.queryOptions({ projectId, ...range, metric, groupBy: group === "none" ? null : group }),
    placeholderData: keepPreviousData,
  });
  const controls = (
    <div className="flex flex-wrap gap-3">
      <SelectControl id="analytics-metric" label="Show" value={metric} options={METRICS} onChange={setMetric} />
      <SelectControl id="analytics-group" label="by" value={group} options={GROUPS} onChange={setGroup} />
    </div>
  );
  return (
    <Panel title="Over time" description={chart.data ? UNIT_NOTE[chart.data.unit] : undefined} action={controls}>
      {chart.data ? (
        <div className={chart.isPlaceholderData ? "opacity-60 transition-opacity" : undefined} aria-busy={chart.isFetching}>
          <TimeChart unit={chart.data.unit} buckets={chart.data.buckets} series={chart.data.series} metric={chart.data.metric} />
          <ChartLegend series={chart.data.series} />
        </div>
      ) : chart.error ? null : (
        <div role="status" aria-label="Loading chart" className="h-72 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800/60" />
      )}
      {chart.error ? <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">{errorMessage(chart.error)}</p> : null}
    </Panel>
  );
}
