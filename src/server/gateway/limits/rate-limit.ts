import { GatewayError } from "../errors";
import type { KeyRecord } from "../auth/api-key-cache";

/** The counters rate limits need (src/server/kv). */
export interface CounterStore {
  incrBy(key: string, amount: number, ttlMs: number): Promise<number>;
  get(key: string): Promise<string | null>;
}

const WINDOW_MS = 60_000;

export type RateLimitState = { headers: Record<string, string>; windowKey: number };

/**
 * Per-key requests-per-minute and tokens-per-minute in fixed one-minute windows held in the shared store, so the
 * limit holds across every instance. Requests are counted up front (atomically: N + k requests in one window give
 * exactly k refusals); tokens are added when a request finishes, and a window already over its token budget
 * refuses further requests until it ends.
 */
export async function enforceRateLimits(key: KeyRecord, store: CounterStore, now = Date.now()): Promise<RateLimitState> {
  const window = Math.floor(now / WINDOW_MS);
  const resetSeconds = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
  const policies: string[] = [];
  const states: string[] = [];
  const headers: Record<string, string> = {};
  let refusal: string | null = null;

  if (key.rateLimitRpm !== null) {
    const used = await store.incrBy(`ratelimit:rpm:${key.apiKeyId}:${window}`, 1, WINDOW_MS * 2);
    policies.push(`"requests";q=${key.rateLimitRpm};w=60`);
    states.push(`"requests";r=${Math.max(0, key.rateLimitRpm - used)};t=${resetSeconds}`);
    Object.assign(headers, { "x-ratelimit-limit-requests": String(key.rateLimitRpm), "x-ratelimit-remaining-requests": String(Math.max(0, key.rateLimitRpm - used)), "x-ratelimit-reset-requests": `${resetSeconds}s` });
    if (used > key.rateLimitRpm) refusal = `This API key is limited to ${key.rateLimitRpm} requests per minute.`;
  }
  if (key.rateLimitTpm !== null) {
    const used = Number((await store.get(`ratelimit:tpm:${key.apiKeyId}:${window}`)) ?? 0);
    policies.push(`"tokens";q=${key.rateLimitTpm};w=60`);
    states.push(`"tokens";r=${Math.max(0, key.rateLimitTpm - used)};t=${resetSeconds}`);
    Object.assign(headers, { "x-ratelimit-limit-tokens": String(key.rateLimitTpm), "x-ratelimit-remaining-tokens": String(Math.max(0, key.rateLimitTpm - used)), "x-ratelimit-reset-tokens": `${resetSeconds}s` });
    if (!refusal && used >= key.rateLimitTpm) refusal = `This API key is limited to ${key.rateLimitTpm} tokens per minute.`;
  }
  if (policies.length > 0) Object.assign(headers, { "ratelimit-policy": policies.join(", "), ratelimit: states.join(", ") });
  if (refusal) {
    throw new GatewayError(429, `${refusal} Retry in ${resetSeconds} s.`, "rate_limit_error", "rate_limit_exceeded", null, { ...headers, "retry-after": String(resetSeconds) });
  }
  return { headers, windowKey: window };
}

/** Adds a finished request's tokens to its window (off the request path). */
export function recordTokens(key: KeyRecord, state: RateLimitState, tokens: number, store: CounterStore): void {
  if (key.rateLimitTpm === null || tokens <= 0) return;
  store.incrBy(`ratelimit:tpm:${key.apiKeyId}:${state.windowKey}`, tokens, WINDOW_MS * 2).catch(() => {});
}
