import Decimal from "decimal.js";
import { addHistogram, emptyHistogram } from "../../analytics/latency-histogram";
import { db } from "../../db/client";
import { factsSql, totalsColumnsSql } from "./analytics-facts-sql";
import type { AnalyticsGroup, AnalyticsRange } from "./analytics-input";
import { planRange } from "./analytics-range";
import type { TotalsRow } from "./analytics-totals";

/** Totals of one (model, provider, API key) combination over a range. */
export type CombinationTotals = TotalsRow & { model: string; provider_id: string; api_key_id: string; histogram: number[] };

const Usd = Decimal.clone({ precision: 40 });

// The summary and the breakdown are both sums of these few combinations (tens to thousands, however many requests),
// and the page asks for both at once: callers with the same project and range share one query while it runs.
// Nothing is kept after it answers, so no answer is ever stale.
const inFlight = new Map<string, Promise<CombinationTotals[]>>();

export function loadCombinationTotals(projectId: string, range: AnalyticsRange): Promise<CombinationTotals[]> {
  const key = `${projectId}|${range.from.toISOString()}|${range.to.toISOString()}`;
  const running = inFlight.get(key);
  if (running) return running;
  const query = db().$queryRaw<CombinationTotals[]>`
    SELECT f.model, f.provider_id, f.api_key_id, ${totalsColumnsSql({ histogram: true })}
    FROM ${factsSql(projectId, planRange(range))}
    GROUP BY 1, 2, 3`;
  const shared = query.finally(() => inFlight.delete(key));
  inFlight.set(key, shared);
  return shared;
}

/** Adds rows up: counters, exact costs, histograms element by element. */
export function mergeTotals(rows: readonly TotalsRow[]): TotalsRow {
  const merged: TotalsRow = {
    requests: 0,
    errors: 0,
    cache_hits: 0,
    prompt_tokens: 0,
    completion_tokens: 0,
    cached_tokens: 0,
    reasoning_tokens: 0,
    cost: "0",
    latency_sum_ms: 0,
    ttft_sum_ms: 0,
    ttft_count: 0,
    histogram: emptyHistogram(),
  };
  let cost = new Usd(0);
  for (const row of rows) {
    merged.requests += row.requests;
    merged.errors += row.errors;
    merged.cache_hits += row.cache_hits;
    merged.prompt_tokens += row.prompt_tokens;
    merged.completion_tokens += row.completion_tokens;
    merged.cached_tokens += row.cached_tokens;
    merged.reasoning_tokens += row.reasoning_tokens;
    merged.latency_sum_ms += row.latency_sum_ms;
    merged.ttft_sum_ms += row.ttft_sum_ms;
    merged.ttft_count += row.ttft_count;
    cost = cost.plus(row.cost);
    if (row.histogram) addHistogram(merged.histogram!, row.histogram);
  }
  merged.cost = cost.toFixed();
  return merged;
}

const KEY_OF: Record<AnalyticsGroup, (row: CombinationTotals) => string> = {
  model: (row) => row.model,
  provider: (row) => row.provider_id,
  apiKey: (row) => row.api_key_id,
};

export function groupCombinations(rows: readonly CombinationTotals[], by: AnalyticsGroup): Array<{ key: string; totals: TotalsRow }> {
  const groups = new Map<string, CombinationTotals[]>();
  for (const row of rows) {
    const key = KEY_OF[by](row);
    const members = groups.get(key);
    if (members) members.push(row);
    else groups.set(key, [row]);
  }
  return [...groups].map(([key, members]) => ({ key, totals: mergeTotals(members) }));
}
