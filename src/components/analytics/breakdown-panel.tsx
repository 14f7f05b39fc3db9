"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { BreakdownTable } from "./breakdown-table";
import { Panel } from "./panel";
import type { TimeRange } from "./time-ranges";

type Dimension = "model" | "provider" | "apiKey";
const DIMENSIONS: ReadonlyArray<{ value: Dimension; label: string }> = [
  { value: "model", label: "Model" },
  { value: "provider", label: "Provider" },
  { value: "apiKey", label: "API key" },
];

export function BreakdownPanel({ projectId, range, totalCost }: { projectId: string; range: TimeRange; totalCost: number }) {
  const trpc = useTRPC();
  const [by, setBy] = useState<Dimension>("model");
  const breakdown = useQuery({ ...trpc.analytics.breakdown.queryOptions({ projectId, ...range, by }), placeholderData: keepPreviousData });
  const tabs = (
    <div role="tablist" aria-label="Break down by" className="flex gap-1 rounded-lg bg-zinc-100 p-1 dark:bg-zinc-800">
      {DIMENSIONS.map((dimension) => (
        <button
          key={dimension.value}
          type="button"
          role="tab"
          aria-selected={by === dimension.value}
          onClick={() => setBy(dimension.value)}
          className={cn(
            "rounded-md px-3 py-1 text-sm font-medium",
            by === dimension.value ? "bg-white shadow-xs dark:bg-zinc-900" : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100",
          )}
        >
          {dimension.label}
        </button>
      ))}
    </div>
  );
  const data = breakdown.data;
  return (
    <Panel title="Breakdown" description={data?.omittedRows ? `The ${data.rows.length} most expensive; ${data.omittedRows} more not shown.` : "Most expensive first."} action={tabs}>
      {data ? (
        <div className={breakdown.isPlaceholderData ? "opacity-60 transition-opacity" : undefined} role="tabpanel" aria-busy={breakdown.isFetching}>
          <BreakdownTable rows={data.rows} totalCost={totalCost} nameHeader={DIMENSIONS.find((dimension) => dimension.value === data.by)!.label} />
        </div>
      ) : breakdown.error ? null : (
        <div role="status" aria-label="Loading breakdown" className="space-y-2">
          {Array.from({ length: 4 }, (_, index) => (
            <div key={index} className="h-8 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/60" />
          ))}
        </div>
      )}
      {breakdown.error ? <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">{errorMessage(breakdown.error)}</p> : null}
    </Panel>
  );
}
