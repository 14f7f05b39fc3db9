import { z } from "zod";

// Pure (zod only): the dashboard imports this too, so the filter bar, the URL and the server agree on one shape.

export const STATUS_CLASSES = ["2xx", "4xx", "5xx"] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];
export const CACHE_STATUSES = ["hit", "miss", "skip"] as const;
/** The apiKeyId value that selects requests made without an API key (the dashboard playground). */
export const PLAYGROUND_KEY = "playground";

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is too long (at most ${max} characters)`);

const STATUS_MESSAGE = "Status must be 2xx, 4xx, 5xx or a code from 100 to 599";

export const requestLogFilterFields = z.object({
  from: z.date({ error: "From must be a valid date and time" }).optional(),
  to: z.date({ error: "To must be a valid date and time" }).optional(),
  /** Matches the model id as requested or as resolved in the catalog. */
  model: text("Model", 256).optional(),
  provider: text("Provider", 64).optional(),
  apiKeyId: text("API key", 64).optional(),
  status: z.union([z.enum(STATUS_CLASSES), z.number().int(STATUS_MESSAGE).min(100, STATUS_MESSAGE).max(599, STATUS_MESSAGE)], { error: STATUS_MESSAGE }).optional(),
  cached: z.enum(CACHE_STATUSES, { error: "Cache must be hit, miss or skip" }).optional(),
  streamed: z.boolean({ error: "Streamed must be true or false" }).optional(),
});

/** Adds the one rule across fields: a time range must not end before it starts. */
export function withValidTimeRange<T extends z.ZodType<{ from?: Date; to?: Date }>>(schema: T) {
  return schema.refine((value) => !value.from || !value.to || value.from.getTime() <= value.to.getTime(), {
    message: "The end of the time range must not be before its start",
    path: ["to"],
  });
}

export const requestLogFiltersSchema = withValidTimeRange(requestLogFilterFields);
export type RequestLogFilters = z.infer<typeof requestLogFilterFields>;
export type RequestLogFilterName = keyof RequestLogFilters;
export const FILTER_NAMES = Object.keys(requestLogFilterFields.shape) as RequestLogFilterName[];

export function hasActiveFilters(filters: RequestLogFilters): boolean {
  return FILTER_NAMES.some((name) => filters[name] !== undefined);
}
