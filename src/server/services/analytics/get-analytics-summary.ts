import type { ProjectScope } from "../scope";
import type { AnalyticsRange } from "./analytics-input";
import { describeTotals } from "./analytics-totals";
import { loadCombinationTotals, mergeTotals } from "./range-totals";

/** The summary cards: totals of every request of the project in [from, to). */
export async function getAnalyticsSummary(scope: ProjectScope, range: AnalyticsRange) {
  const combinations = await loadCombinationTotals(scope.projectId, range);
  return { from: range.from, to: range.to, ...describeTotals(mergeTotals(combinations)) };
}
export type AnalyticsSummary = Awaited<ReturnType<typeof getAnalyticsSummary>>;
