import { Prisma } from "@/generated/prisma/client";
import { LATENCY_BUCKET_BOUNDS_MS, LATENCY_BUCKET_COUNT } from "../../analytics/latency-histogram";
import type { AnalyticsGroup } from "./analytics-input";
import type { RangePlan, TimeSpan } from "./analytics-range";

// SQL shared by the analytics queries. "Facts" are rows shaped like RequestRollupHourly: the stored rollup rows of
// the whole hours, plus raw request-log rows of the partial edge hours aggregated on the fly into the same shape
// (per 5 minutes, so charts of short ranges have their resolution). Every query sums facts.

/** Prisma stores UTC in "timestamp without time zone"; an ISO string made UTC here does not depend on the session. */
const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

const BOUNDS = Prisma.raw(`ARRAY[${LATENCY_BUCKET_BOUNDS_MS.join(",")}]::int[]`);
// width_bucket(latency, bounds) is the 0-based bucket index of latency-histogram.ts, so raw rows bucket alike.
const RAW_HISTOGRAM = Prisma.raw(
  `ARRAY[${Array.from({ length: LATENCY_BUCKET_COUNT }, (_, index) => `count(*) FILTER (WHERE l.latency_bucket = ${index})`).join(", ")}]::int[]`,
);
// Element-wise sum of the facts' histograms: one sum per bucket (missing elements are NULL and not counted).
const HISTOGRAM_SUM = Prisma.raw(
  `ARRAY[${Array.from({ length: LATENCY_BUCKET_COUNT }, (_, index) => `coalesce(sum(f.histogram[${index + 1}]), 0)`).join(", ")}]::float8[]`,
);

function rollupFacts(projectId: string, hours: TimeSpan): Prisma.Sql {
  return Prisma.sql`
    SELECT "hour" AS t, "model" AS model, "providerId" AS provider_id, "apiKeyId" AS api_key_id, "requests" AS requests,
      "errors" AS errors, "cacheHits" AS cache_hits, "promptTokens" AS prompt_tokens, "completionTokens" AS completion_tokens,
      "cachedTokens" AS cached_tokens, "reasoningTokens" AS reasoning_tokens, "totalCost" AS total_cost,
      "latencySumMs" AS latency_sum_ms, "ttftSumMs" AS ttft_sum_ms, "ttftCount" AS ttft_count, "latencyHistogram" AS histogram
    FROM "RequestRollupHourly"
    WHERE "projectId" = ${projectId} AND "hour" >= ${utc(hours.from)} AND "hour" < ${utc(hours.to)}`;
}

function rawFacts(projectId: string, spans: TimeSpan[]): Prisma.Sql {
  const inSpans = Prisma.join(
    spans.map((span) => Prisma.sql`("createdAt" >= ${utc(span.from)} AND "createdAt" < ${utc(span.to)})`),
    " OR ",
  );
  return Prisma.sql`
    SELECT date_bin('5 minutes', l."createdAt", TIMESTAMP '2000-01-01') AS t, l.model, l.provider_id, l.api_key_id,
      count(*)::int AS requests, (count(*) FILTER (WHERE l."status" >= 400))::int AS errors,
      (count(*) FILTER (WHERE l."cacheStatus" = 'hit'))::int AS cache_hits, sum(l."promptTokens")::int8 AS prompt_tokens,
      sum(l."completionTokens")::int8 AS completion_tokens, sum(l."cachedTokens")::int8 AS cached_tokens,
      sum(l."reasoningTokens")::int8 AS reasoning_tokens, sum(l."totalCost") AS total_cost,
      sum(l."latencyMs")::int8 AS latency_sum_ms, coalesce(sum(l."ttftMs"), 0)::int8 AS ttft_sum_ms,
      count(l."ttftMs")::int AS ttft_count, ${RAW_HISTOGRAM} AS histogram
    FROM (
      SELECT "createdAt", "status", "cacheStatus", "promptTokens", "completionTokens", "cachedTokens", "reasoningTokens",
        "totalCost", "latencyMs", "ttftMs", COALESCE("modelId", "requestedModel") AS model, COALESCE("providerId", '') AS provider_id,
        COALESCE("apiKeyId", '') AS api_key_id, width_bucket("latencyMs", ${BOUNDS}) AS latency_bucket
      FROM "RequestLog"
      WHERE "projectId" = ${projectId} AND (${inSpans})
    ) l
    GROUP BY 1, 2, 3, 4`;
}

/** The facts of a planned range as a subquery (aliased `f`). */
export function factsSql(projectId: string, plan: RangePlan): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (plan.rollupHours) parts.push(rollupFacts(projectId, plan.rollupHours));
  if (plan.rawSpans.length > 0) parts.push(rawFacts(projectId, plan.rawSpans));
  return Prisma.sql`(${Prisma.join(parts, " UNION ALL ")}) f`;
}

/** Sums of the facts' counters; costs as exact decimal text, counts as float8 (exact far beyond any real total). */
export function totalsColumnsSql(options: { histogram: boolean }): Prisma.Sql {
  return Prisma.sql`
    coalesce(sum(f.requests), 0)::float8 AS requests, coalesce(sum(f.errors), 0)::float8 AS errors,
    coalesce(sum(f.cache_hits), 0)::float8 AS cache_hits, coalesce(sum(f.prompt_tokens), 0)::float8 AS prompt_tokens,
    coalesce(sum(f.completion_tokens), 0)::float8 AS completion_tokens, coalesce(sum(f.cached_tokens), 0)::float8 AS cached_tokens,
    coalesce(sum(f.reasoning_tokens), 0)::float8 AS reasoning_tokens, coalesce(sum(f.total_cost), 0)::text AS cost,
    coalesce(sum(f.latency_sum_ms), 0)::float8 AS latency_sum_ms, coalesce(sum(f.ttft_sum_ms), 0)::float8 AS ttft_sum_ms,
    coalesce(sum(f.ttft_count), 0)::float8 AS ttft_count
    ${options.histogram ? Prisma.sql`, ${HISTOGRAM_SUM} AS histogram` : Prisma.empty}`;
}

const GROUP_COLUMN: Record<AnalyticsGroup, string> = { model: "f.model", provider: "f.provider_id", apiKey: "f.api_key_id" };

export function groupColumnSql(group: AnalyticsGroup): Prisma.Sql {
  return Prisma.raw(GROUP_COLUMN[group]);
}
