import { Prisma } from "@/generated/prisma/client";
import type { RollupDelta } from "./roll-up";

/** Trailing empty buckets are not stored: the merge below and the queries treat missing elements as zero. */
function histogramLiteral(histogram: readonly number[]): string {
  let end = histogram.length;
  while (end > 0 && histogram[end - 1] === 0) end--;
  return `{${histogram.slice(0, end).join(",")}}`;
}

/**
 * One statement that adds a batch's deltas to RequestRollupHourly: new keys are inserted, existing ones are
 * incremented (counters added, histograms added element by element). Parameters are one array per column, so
 * the statement has 18 parameters whatever the batch size. Times travel as epoch milliseconds and become UTC in
 * SQL, as Prisma stores every timestamp ("timestamp without time zone" holding UTC).
 *
 * Returned as SQL rather than run, so the request-log writer can put it in the same transaction as the rows, and
 * the traffic seeder can send it through plain `pg` (`sql.text`, `sql.values`).
 */
export function rollupUpsertSql(deltas: readonly RollupDelta[]): Prisma.Sql {
  const column = <T>(pick: (delta: RollupDelta) => T): T[] => deltas.map(pick);
  return Prisma.sql`
    INSERT INTO "RequestRollupHourly" AS r ("projectId", "organizationId", "hour", "model", "providerId", "apiKeyId",
      "requests", "errors", "cacheHits", "promptTokens", "completionTokens", "cachedTokens", "reasoningTokens",
      "totalCost", "latencySumMs", "ttftSumMs", "ttftCount", "latencyHistogram")
    SELECT d.project_id, d.organization_id, to_timestamp(d.hour_ms / 1000.0) AT TIME ZONE 'UTC', d.model, d.provider_id,
      d.api_key_id, d.requests, d.errors, d.cache_hits, d.prompt_tokens, d.completion_tokens, d.cached_tokens,
      d.reasoning_tokens, d.total_cost, d.latency_sum_ms, d.ttft_sum_ms, d.ttft_count, d.histogram::int[]
    FROM unnest(
      ${column((d) => d.projectId)}::text[], ${column((d) => d.organizationId)}::text[], ${column((d) => d.hourMs)}::float8[],
      ${column((d) => d.model)}::text[], ${column((d) => d.providerId)}::text[], ${column((d) => d.apiKeyId)}::text[],
      ${column((d) => d.requests)}::int[], ${column((d) => d.errors)}::int[], ${column((d) => d.cacheHits)}::int[],
      ${column((d) => d.promptTokens)}::int8[], ${column((d) => d.completionTokens)}::int8[], ${column((d) => d.cachedTokens)}::int8[],
      ${column((d) => d.reasoningTokens)}::int8[], ${column((d) => d.totalCost.toFixed())}::numeric[],
      ${column((d) => d.latencySumMs)}::int8[], ${column((d) => d.ttftSumMs)}::int8[], ${column((d) => d.ttftCount)}::int[],
      ${column((d) => histogramLiteral(d.latencyHistogram))}::text[]
    ) AS d(project_id, organization_id, hour_ms, model, provider_id, api_key_id, requests, errors, cache_hits,
      prompt_tokens, completion_tokens, cached_tokens, reasoning_tokens, total_cost, latency_sum_ms, ttft_sum_ms,
      ttft_count, histogram)
    ON CONFLICT ("projectId", "hour", "model", "providerId", "apiKeyId") DO UPDATE SET
      "requests" = r."requests" + EXCLUDED."requests",
      "errors" = r."errors" + EXCLUDED."errors",
      "cacheHits" = r."cacheHits" + EXCLUDED."cacheHits",
      "promptTokens" = r."promptTokens" + EXCLUDED."promptTokens",
      "completionTokens" = r."completionTokens" + EXCLUDED."completionTokens",
      "cachedTokens" = r."cachedTokens" + EXCLUDED."cachedTokens",
      "reasoningTokens" = r."reasoningTokens" + EXCLUDED."reasoningTokens",
      "totalCost" = r."totalCost" + EXCLUDED."totalCost",
      "latencySumMs" = r."latencySumMs" + EXCLUDED."latencySumMs",
      "ttftSumMs" = r."ttftSumMs" + EXCLUDED."ttftSumMs",
      "ttftCount" = r."ttftCount" + EXCLUDED."ttftCount",
      -- Element-wise sum; unnest of two arrays pads the shorter one with NULLs, and ORDINALITY keeps the order.
      "latencyHistogram" = ARRAY(
        SELECT coalesce(a, 0) + coalesce(b, 0)
        FROM unnest(coalesce(r."latencyHistogram", '{}'), coalesce(EXCLUDED."latencyHistogram", '{}')) WITH ORDINALITY AS t(a, b, i)
        ORDER BY i)`;
}
