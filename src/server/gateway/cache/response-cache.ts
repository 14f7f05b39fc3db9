import { createHash } from "node:crypto";
import type { ChatCompletionRequest } from "../../providers";

/** What the response cache needs from the key-value store (src/server/kv). */
export interface CacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
}

export type CachedResponse = { kind: "json"; body: string; provider: string; providerModel: string } | { kind: "sse"; events: string; provider: string; providerModel: string };

// Everything in the request that can change the answer. `user` and stream_options do not; `stream` does (a
// streamed answer is replayed as a stream). Tools, formats and sampling parameters all do.
const IGNORED = new Set(["user", "stream_options"]);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Cache key: project + resolved model + every answer-relevant parameter + the stream flag. */
export function cacheKey(projectId: string, resolvedModel: string, request: ChatCompletionRequest): string {
  const relevant = Object.fromEntries(Object.entries(request).filter(([name]) => !IGNORED.has(name) && name !== "model"));
  const digest = createHash("sha256").update(JSON.stringify(canonical({ resolvedModel, stream: request.stream === true, ...relevant }))).digest("base64url");
  return `cache:${projectId}:${digest}`;
}

export async function readCache(store: CacheStore, key: string): Promise<CachedResponse | null> {
  const stored = await store.get(key);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as CachedResponse;
  } catch {
    return null;
  }
}

export function writeCache(store: CacheStore, key: string, value: CachedResponse, ttlSeconds: number): void {
  store.set(key, JSON.stringify(value), ttlSeconds * 1000).catch(() => {});
}
