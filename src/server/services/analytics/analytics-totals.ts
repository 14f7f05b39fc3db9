import Decimal from "decimal.js";
import { histogramPercentile } from "../../analytics/latency-histogram";

/** One row of summed facts, as the SQL of analytics-facts-sql.ts returns it. */
export type TotalsRow = {
  requests: number;
  errors: number;
  cache_hits: number;
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
  reasoning_tokens: number;
  /** Exact decimal text, e.g. "12.345000000000". */
  cost: string;
  latency_sum_ms: number;
  ttft_sum_ms: number;
  ttft_count: number;
  histogram?: number[];
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** "12.345000000000" → "12.345": exact, no exponent notation, no trailing zeros. */
export const exactUsd = (text: string) => new Decimal(text).toFixed();

/** What the dashboard shows for a set of requests: counts, exact cost, rates and latency figures. */
export function describeTotals(row: TotalsRow) {
  const histogram = row.histogram ?? [];
  return {
    requests: row.requests,
    errors: row.errors,
    cacheHits: row.cache_hits,
    errorRate: ratio(row.errors, row.requests),
    cacheHitRate: ratio(row.cache_hits, row.requests),
    /** USD, exact decimal string. */
    cost: exactUsd(row.cost),
    promptTokens: row.prompt_tokens,
    completionTokens: row.completion_tokens,
    cachedTokens: row.cached_tokens,
    reasoningTokens: row.reasoning_tokens,
    totalTokens: row.prompt_tokens + row.completion_tokens,
    avgLatencyMs: row.requests > 0 ? row.latency_sum_ms / row.requests : null,
    /** Estimated from the latency histogram (see analytics/latency-histogram.ts). */
    latencyP50Ms: histogramPercentile(histogram, 0.5),
    latencyP95Ms: histogramPercentile(histogram, 0.95),
    /** Over the requests that have a first token (streams). */
    avgTtftMs: row.ttft_count > 0 ? row.ttft_sum_ms / row.ttft_count : null,
  };
}
export type AnalyticsTotals = ReturnType<typeof describeTotals>;
