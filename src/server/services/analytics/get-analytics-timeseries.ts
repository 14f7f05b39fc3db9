import { Prisma } from "@/generated/prisma/client";
import { db } from "../../db/client";
import type { ProjectScope } from "../scope";
import { factsSql, groupColumnSql, totalsColumnsSql } from "./analytics-facts-sql";
import type { TimeseriesInput } from "./analytics-input";
import { bucketStarts, bucketUnitFor, planRange, type BucketUnit } from "./analytics-range";
import type { TotalsRow } from "./analytics-totals";
import { groupLabels } from "./group-labels";
import { buildSeries, OTHER_SERIES, type SeriesPoint } from "./top-series";

// More stacked series than this are unreadable; the rest become "Other".
const MAX_SERIES = 6;

const BUCKET_SQL: Record<BucketUnit, Prisma.Sql> = {
  // Raw facts are already per 5 minutes, and a 5-minute chart is answered from raw rows only.
  "5m": Prisma.raw("f.t"),
  hour: Prisma.raw("date_trunc('hour', f.t)"),
  day: Prisma.raw("date_trunc('day', f.t)"),
};

/** A chart: the metric per time bucket (5 minutes, hour or UTC day, by the range's length), per group. */
export async function getAnalyticsTimeseries(scope: ProjectScope, input: TimeseriesInput) {
  const unit = bucketUnitFor(input);
  const bucket = BUCKET_SQL[unit];
  const group = input.groupBy ? groupColumnSql(input.groupBy) : Prisma.raw("''");
  const rows = await db().$queryRaw<Array<TotalsRow & { bucket_ms: number; key: string }>>`
    SELECT (extract(epoch FROM ${bucket}) * 1000)::float8 AS bucket_ms, ${group} AS key,
      ${totalsColumnsSql({ histogram: input.metric === "latencyP95" })}
    FROM ${factsSql(scope.projectId, planRange(input, { rawOnly: unit === "5m" }))}
    GROUP BY 1, 2`;
  const points: SeriesPoint[] = rows.map((row) => ({
    group: row.key,
    bucketMs: row.bucket_ms,
    requests: row.requests,
    errors: row.errors,
    tokens: row.prompt_tokens + row.completion_tokens,
    cost: Number(row.cost),
    histogram: row.histogram ?? null,
  }));
  const buckets = bucketStarts(input, unit);
  const series = buildSeries(points, buckets, input.metric, MAX_SERIES);
  const labels = input.groupBy ? await groupLabels(scope, input.groupBy, series.map((s) => s.key).filter((key) => key !== OTHER_SERIES)) : null;
  return {
    unit,
    metric: input.metric,
    groupBy: input.groupBy,
    buckets,
    series: series.map((s) => ({ ...s, label: s.key === OTHER_SERIES ? "Other" : (labels?.get(s.key) ?? "All requests") })),
  };
}
export type AnalyticsTimeseries = Awaited<ReturnType<typeof getAnalyticsTimeseries>>;
