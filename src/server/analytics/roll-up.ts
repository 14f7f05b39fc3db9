import Decimal from "decimal.js";
import type { Prisma } from "@/generated/prisma/client";
import { emptyHistogram, latencyBucketIndex } from "./latency-histogram";

// Sums of up to 12 integer and 12 fractional digits; 40 significant digits never round.
const Usd = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Usd = InstanceType<typeof Usd>;

const HOUR_MS = 3_600_000;
// RequestLog.totalCost is numeric(20, 12): PostgreSQL rounds what it stores to 12 places (half away from zero,
// like ROUND_HALF_UP), so the rollup must add the stored values, not the unrounded inputs.
const STORED_COST_PLACES = 12;

/** The request-log fields the rollups are made of (a request-log insert row has them all). */
export type RollupSource = Pick<
  Prisma.RequestLogCreateManyInput,
  | "organizationId"
  | "projectId"
  | "createdAt"
  | "apiKeyId"
  | "requestedModel"
  | "modelId"
  | "providerId"
  | "status"
  | "cacheStatus"
  | "promptTokens"
  | "completionTokens"
  | "cachedTokens"
  | "reasoningTokens"
  | "totalCost"
  | "latencyMs"
  | "ttftMs"
>;

/** What one batch adds to one row of RequestRollupHourly. */
export type RollupDelta = {
  projectId: string;
  organizationId: string;
  /** Start of the UTC hour, epoch milliseconds. */
  hourMs: number;
  model: string;
  /** '' when the request never reached a provider. */
  providerId: string;
  /** '' when the request was made without an API key. */
  apiKeyId: string;
  requests: number;
  errors: number;
  cacheHits: number;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
  totalCost: Usd;
  latencySumMs: number;
  ttftSumMs: number;
  ttftCount: number;
  latencyHistogram: number[];
};

/** Any HTTP error status, the client's own mistakes and cancellations (499) included. The SQL side says `status >= 400`. */
export const isErrorStatus = (status: number) => status >= 400;

/** The model a row counts under: the catalog id when the request resolved to one, else what the client asked for. */
export const rollupModel = (row: Pick<RollupSource, "modelId" | "requestedModel">) => row.modelId ?? row.requestedModel;

function createdAtMs(value: RollupSource["createdAt"]): number {
  // Rows without a time would get the database's now(), which the rollup could not know: the writer stamps them.
  if (value === undefined) throw new Error("A request log row needs createdAt to be rolled up.");
  return value instanceof Date ? value.getTime() : new Date(value).getTime();
}

const PICO_PER_USD = 10n ** BigInt(STORED_COST_PLACES);
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** A cost as PostgreSQL stores it (rounded half up to 12 places), in pico-dollars: exact, and cheap to add. */
function storedPico(value: RollupSource["totalCost"]): bigint {
  if (value === undefined) return 0n;
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : value.toFixed();
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) {
    // Exponents ("5e-13" from a number), signs: the general path.
    return BigInt(new Usd(text).toDecimalPlaces(STORED_COST_PLACES, Usd.ROUND_HALF_UP).times(PICO_PER_USD.toString()).toFixed(0));
  }
  const fraction = match[2] ?? "";
  const pico = BigInt(match[1]!) * PICO_PER_USD + BigInt(fraction.slice(0, STORED_COST_PLACES).padEnd(STORED_COST_PLACES, "0"));
  // Half up: only the first dropped digit decides.
  return fraction.length > STORED_COST_PLACES && fraction.charCodeAt(STORED_COST_PLACES) >= 53 /* "5" */ ? pico + 1n : pico;
}

function picoToUsd(pico: bigint): Usd {
  const sign = pico < 0n ? "-" : "";
  const magnitude = pico < 0n ? -pico : pico;
  return new Usd(`${sign}${magnitude / PICO_PER_USD}.${(magnitude % PICO_PER_USD).toString().padStart(STORED_COST_PLACES, "0")}`);
}

export function hourStartMs(timeMs: number): number {
  return Math.floor(timeMs / HOUR_MS) * HOUR_MS;
}

/**
 * Aggregates a batch of request-log rows into one delta per rollup key (project, UTC hour, model, provider, key),
 * sorted by key so concurrent writers lock rollup rows in the same order and cannot deadlock each other.
 */
export function rollUp(rows: readonly RollupSource[]): RollupDelta[] {
  const deltas = new Map<string, RollupDelta>();
  const costs = new Map<RollupDelta, bigint>();
  for (const row of rows) {
    const hourMs = hourStartMs(createdAtMs(row.createdAt));
    const model = rollupModel(row);
    const providerId = row.providerId ?? "";
    const apiKeyId = row.apiKeyId ?? "";
    const key = JSON.stringify([row.projectId, hourMs, model, providerId, apiKeyId]);
    let delta = deltas.get(key);
    if (!delta) {
      delta = {
        projectId: row.projectId,
        organizationId: row.organizationId,
        hourMs,
        model,
        providerId,
        apiKeyId,
        requests: 0,
        errors: 0,
        cacheHits: 0,
        promptTokens: 0,
        completionTokens: 0,
        cachedTokens: 0,
        reasoningTokens: 0,
        totalCost: new Usd(0),
        latencySumMs: 0,
        ttftSumMs: 0,
        ttftCount: 0,
        latencyHistogram: emptyHistogram(),
      };
      deltas.set(key, delta);
    }
    delta.requests += 1;
    if (isErrorStatus(row.status)) delta.errors += 1;
    if (row.cacheStatus === "hit") delta.cacheHits += 1;
    delta.promptTokens += row.promptTokens ?? 0;
    delta.completionTokens += row.completionTokens ?? 0;
    delta.cachedTokens += row.cachedTokens ?? 0;
    delta.reasoningTokens += row.reasoningTokens ?? 0;
    costs.set(delta, (costs.get(delta) ?? 0n) + storedPico(row.totalCost));
    delta.latencySumMs += row.latencyMs;
    if (row.ttftMs !== null && row.ttftMs !== undefined) {
      delta.ttftSumMs += row.ttftMs;
      delta.ttftCount += 1;
    }
    const bucket = latencyBucketIndex(row.latencyMs);
    delta.latencyHistogram[bucket] = (delta.latencyHistogram[bucket] ?? 0) + 1;
  }
  for (const [delta, pico] of costs) delta.totalCost = picoToUsd(pico);
  return [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, delta]) => delta);
}
