"use client";

import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { formatCount, formatMs, formatPercent, formatUsd } from "./format-analytics";
import { StatCard, StatCardSkeleton } from "./stat-card";

export type AnalyticsSummary = inferRouterOutputs<AppRouter>["analytics"]["summary"];

export function SummaryCards({ summary }: { summary: AnalyticsSummary | undefined }) {
  if (!summary) {
    return (
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4" role="status" aria-label="Loading summary">
        {Array.from({ length: 8 }, (_, index) => (
          <StatCardSkeleton key={index} />
        ))}
      </div>
    );
  }
  const s = summary;
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <StatCard label="Requests" value={formatCount(s.requests)} detail={`${formatCount(s.errors)} failed`} title={s.requests.toLocaleString("en-US")} testId="summary-requests" />
      {/* The exact decimal is in the title and in data-exact: the card rounds it for reading. */}
      <StatCard label="Cost" value={<span data-exact={s.cost}>{formatUsd(s.cost)}</span>} detail="exact per-request costs, summed" title={`$${s.cost}`} testId="summary-cost" />
      <StatCard
        label="Tokens"
        value={formatCount(s.totalTokens)}
        detail={`${formatCount(s.promptTokens)} in · ${formatCount(s.completionTokens)} out · ${formatCount(s.cachedTokens)} cached`}
        testId="summary-tokens"
      />
      <StatCard label="Error rate" value={formatPercent(s.errorRate)} detail={`${formatCount(s.errors)} of ${formatCount(s.requests)} requests`} testId="summary-error-rate" />
      <StatCard label="Cache hit rate" value={formatPercent(s.cacheHitRate)} detail={`${formatCount(s.cacheHits)} answered from cache`} testId="summary-cache-hit-rate" />
      <StatCard label="Latency p50" value={formatMs(s.latencyP50Ms)} detail={`average ${formatMs(s.avgLatencyMs)}`} testId="summary-latency-p50" />
      <StatCard label="Latency p95" value={formatMs(s.latencyP95Ms)} detail="from latency histograms" testId="summary-latency-p95" />
      <StatCard label="Time to first token" value={formatMs(s.avgTtftMs)} detail="average over streams" testId="summary-ttft" />
    </div>
  );
}
