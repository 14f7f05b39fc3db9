import { FILTER_NAMES, requestLogFilterFields, type RequestLogFilterName, type RequestLogFilters } from "./request-log-filters";

// Filters travel as search parameters: in the dashboard's address (a filtered view can be shared and survives a
// reload) and in the CSV export's link. Both sides read them with the same field schemas.

export type FilterProblem = { name: RequestLogFilterName; message: string };
export type ParsedFilterParams = { filters: RequestLogFilters; problems: FilterProblem[] };

// `new Date` accepts almost anything ("5" is the year 2005), so only ISO 8601 dates and date-times are taken.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function fromParam(name: RequestLogFilterName, raw: string): unknown {
  switch (name) {
    case "from":
    case "to":
      return ISO_DATE_TIME.test(raw) ? new Date(raw) : new Date(Number.NaN);
    case "status":
      return /^\d+$/.test(raw) ? Number(raw) : raw;
    case "streamed":
      return raw === "true" ? true : raw === "false" ? false : raw;
    default:
      return raw;
  }
}

/**
 * Reads every filter it can; a value that does not validate is left out and reported, so one bad parameter in a
 * shared link narrows nothing by surprise and the page can say what it ignored.
 */
export function filtersFromSearchParams(params: URLSearchParams): ParsedFilterParams {
  const filters: Record<string, unknown> = {};
  const problems: FilterProblem[] = [];
  for (const name of FILTER_NAMES) {
    const raw = params.get(name);
    if (raw === null || raw === "") continue;
    const parsed = requestLogFilterFields.shape[name].safeParse(fromParam(name, raw));
    if (parsed.success) filters[name] = parsed.data;
    else problems.push({ name, message: parsed.error.issues[0]?.message ?? `${name} is not valid` });
  }
  const result = filters as RequestLogFilters;
  if (result.from && result.to && result.from.getTime() > result.to.getTime()) {
    delete result.to;
    problems.push({ name: "to", message: "The end of the time range must not be before its start" });
  }
  return { filters: result, problems };
}

/** The filters as search parameters, in a fixed order so equal filters give equal links. */
export function filtersToSearchParams(filters: RequestLogFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value === undefined) continue;
    params.set(name, value instanceof Date ? value.toISOString() : String(value));
  }
  return params;
}
