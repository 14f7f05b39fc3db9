// CSV for request-log exports (RFC 4180: comma separated, CRLF line ends, quoted fields with doubled quotes).

export type CsvValue = string | number | boolean | Date | null;

// A cell a spreadsheet would read as a formula (=, +, -, @, and the tab/CR some of them also honour) is prefixed
// with an apostrophe: model names, error messages and metadata come from API callers and must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** The columns of one exported row: what the row holds, without the bodies (large, and possibly personal data). */
export type ExportedRequestLog = {
  createdAt: Date;
  id: string;
  requestId: string;
  apiKeyId: string | null;
  apiKeyName: string | null;
  endpoint: string;
  requestedModel: string;
  modelId: string | null;
  providerId: string | null;
  providerModel: string | null;
  credentialSource: string | null;
  streamed: boolean;
  status: number;
  errorCode: string | null;
  errorMessage: string | null;
  finishReason: string | null;
  cacheStatus: string | null;
  retries: number;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
  tokensEstimated: boolean;
  /** Exact decimal strings, never floats. */
  inputCost: string;
  cachedInputCost: string;
  cacheWriteCost: string;
  outputCost: string;
  totalCost: string;
  latencyMs: number;
  ttftMs: number | null;
  metadata: unknown;
};

const COLUMNS: Array<[header: string, value: (row: ExportedRequestLog) => CsvValue]> = [
  ["created_at", (row) => row.createdAt],
  ["log_id", (row) => row.id],
  ["request_id", (row) => row.requestId],
  ["api_key_id", (row) => row.apiKeyId],
  ["api_key_name", (row) => row.apiKeyName],
  ["endpoint", (row) => row.endpoint],
  ["requested_model", (row) => row.requestedModel],
  ["model_id", (row) => row.modelId],
  ["provider", (row) => row.providerId],
  ["provider_model", (row) => row.providerModel],
  ["credential_source", (row) => row.credentialSource],
  ["streamed", (row) => row.streamed],
  ["status", (row) => row.status],
  ["error_code", (row) => row.errorCode],
  ["error_message", (row) => row.errorMessage],
  ["finish_reason", (row) => row.finishReason],
  ["cache_status", (row) => row.cacheStatus],
  ["retries", (row) => row.retries],
  ["prompt_tokens", (row) => row.promptTokens],
  ["completion_tokens", (row) => row.completionTokens],
  ["cached_tokens", (row) => row.cachedTokens],
  ["cache_write_tokens", (row) => row.cacheWriteTokens],
  ["reasoning_tokens", (row) => row.reasoningTokens],
  ["tokens_estimated", (row) => row.tokensEstimated],
  ["input_cost_usd", (row) => row.inputCost],
  ["cached_input_cost_usd", (row) => row.cachedInputCost],
  ["cache_write_cost_usd", (row) => row.cacheWriteCost],
  ["output_cost_usd", (row) => row.outputCost],
  ["total_cost_usd", (row) => row.totalCost],
  ["latency_ms", (row) => row.latencyMs],
  ["ttft_ms", (row) => row.ttftMs],
  ["metadata", (row) => (row.metadata === null || row.metadata === undefined ? null : JSON.stringify(row.metadata))],
];

export const CSV_HEADER = csvLine(COLUMNS.map(([header]) => header));
export const CSV_COLUMN_NAMES = COLUMNS.map(([header]) => header);

export function requestLogCsvLine(row: ExportedRequestLog): string {
  return csvLine(COLUMNS.map(([, value]) => value(row)));
}

/** The last line of an export that hit the row limit, so a cut-off file never passes for a complete one. */
export function truncationNote(rowLimit: number): string {
  return csvLine([`# Export stopped at ${rowLimit.toLocaleString("en-US")} rows; narrow the time range to export the rest.`]);
}

/** A file name part made of lowercase letters, digits and dashes: safe in a Content-Disposition header. */
export function fileNameSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    // Accents come apart from their letters under NFKD and are dropped: "Über" becomes "uber", not "u-ber".
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "project";
}
