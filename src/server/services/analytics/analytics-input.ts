import { z } from "zod";

export const MAX_RANGE_DAYS = 400;
const DAY_MS = 86_400_000;

export const ANALYTICS_GROUPS = ["model", "provider", "apiKey"] as const;
export type AnalyticsGroup = (typeof ANALYTICS_GROUPS)[number];

export const ANALYTICS_METRICS = ["requests", "cost", "tokens", "errors", "latencyP95"] as const;
export type AnalyticsMetric = (typeof ANALYTICS_METRICS)[number];

/** A time range [from, to): from inclusive, to exclusive, to the millisecond (not only whole hours). */
const rangeShape = {
  from: z.coerce.date({ error: "Start of the range must be a date" }),
  to: z.coerce.date({ error: "End of the range must be a date" }),
};

function checkRange({ from, to }: { from: Date; to: Date }, context: z.RefinementCtx): void {
  if (from.getTime() >= to.getTime()) {
    context.addIssue({ code: "custom", path: ["to"], message: "The end of the range must be after its start" });
  } else if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    context.addIssue({ code: "custom", path: ["from"], message: `A range can span at most ${MAX_RANGE_DAYS} days` });
  }
}

const groupSchema = z.enum(ANALYTICS_GROUPS, { error: "Group by model, provider or apiKey" });

export const analyticsRangeSchema = z.object(rangeShape).superRefine(checkRange);
export type AnalyticsRange = z.infer<typeof analyticsRangeSchema>;

export const timeseriesInputSchema = z
  .object({
    ...rangeShape,
    groupBy: groupSchema.nullable().default(null),
    metric: z.enum(ANALYTICS_METRICS, { error: `Metric must be one of ${ANALYTICS_METRICS.join(", ")}` }).default("requests"),
  })
  .superRefine(checkRange);
export type TimeseriesInput = z.infer<typeof timeseriesInputSchema>;

export const breakdownInputSchema = z.object({ ...rangeShape, by: groupSchema }).superRefine(checkRange);
export type BreakdownInput = z.infer<typeof breakdownInputSchema>;
