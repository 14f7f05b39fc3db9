"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { BreakdownPanel } from "./breakdown-panel";
import { ChartPanel } from "./chart-panel";
import { AnalyticsEmptyState } from "./empty-state";
import { formatRange } from "./format-analytics";
import { RangePicker, type RangeChoice } from "./range-picker";
import { SummaryCards } from "./summary-cards";
import { presetRange, type PresetId, type TimeRange } from "./time-ranges";

export function AnalyticsPage() {
  const trpc = useTRPC();
  const { project } = useCurrentProject();
  const [choice, setChoice] = useState<RangeChoice>("24h");
  const [range, setRange] = useState<TimeRange>(() => presetRange("24h"));
  const summary = useQuery({ ...trpc.analytics.summary.queryOptions({ projectId: project.id, ...range }), placeholderData: keepPreviousData });

  const pickPreset = (id: PresetId) => {
    setChoice(id);
    setRange(presetRange(id));
  };
  // A preset is "the last N up to now": refreshing moves its end to the present; a custom range is refetched as is.
  const refresh = () => (choice === "custom" ? void summary.refetch() : setRange(presetRange(choice)));

  const refreshButton = (
    <Button variant="secondary" onClick={refresh} disabled={summary.isFetching}>
      {summary.isFetching ? "Refreshing…" : "Refresh"}
    </Button>
  );
  return (
    <>
      <PageHeader title="Analytics" description={`Requests, cost and latency of ${project.name}, by model, provider and API key.`} action={refreshButton} />
      <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2">
        <RangePicker
          choice={choice}
          range={range}
          onPreset={pickPreset}
          onCustom={(custom) => {
            setChoice("custom");
            setRange(custom);
          }}
        />
        <p className="text-xs text-zinc-500" data-testid="analytics-range">
          {formatRange(range.from, range.to)}
        </p>
      </div>
      {summary.error ? (
        <p role="alert" className="mb-4 text-sm text-red-600 dark:text-red-400">
          {errorMessage(summary.error)}
        </p>
      ) : null}
      <SummaryCards summary={summary.error ? undefined : summary.data} />
      <div className="mt-6 space-y-6">
        {summary.data && summary.data.requests === 0 ? (
          <AnalyticsEmptyState />
        ) : summary.error ? null : (
          <>
            <ChartPanel projectId={project.id} range={range} />
            <BreakdownPanel projectId={project.id} range={range} totalCost={Number(summary.data?.cost ?? 0)} />
          </>
        )}
      </div>
    </>
  );
}
