import Decimal from "decimal.js";
import type { ProjectScope } from "../scope";
import type { BreakdownInput } from "./analytics-input";
import { describeTotals } from "./analytics-totals";
import { groupLabels } from "./group-labels";
import { groupCombinations, loadCombinationTotals } from "./range-totals";

// A table, not an export: past this many rows the rest are counted, not listed.
const MAX_ROWS = 200;

/** Totals per model, provider or API key in [from, to), most expensive first. */
export async function getAnalyticsBreakdown(scope: ProjectScope, input: BreakdownInput) {
  const groups = groupCombinations(await loadCombinationTotals(scope.projectId, input), input.by).sort(
    (a, b) => new Decimal(b.totals.cost).comparedTo(a.totals.cost) || b.totals.requests - a.totals.requests || (a.key < b.key ? -1 : 1),
  );
  const shown = groups.slice(0, MAX_ROWS);
  const labels = await groupLabels(scope, input.by, shown.map((group) => group.key));
  return {
    by: input.by,
    rows: shown.map((group) => ({ key: group.key, label: labels.get(group.key) ?? group.key, ...describeTotals(group.totals) })),
    omittedRows: groups.length - shown.length,
  };
}
export type AnalyticsBreakdown = Awaited<ReturnType<typeof getAnalyticsBreakdown>>;
