import { LRUCache } from "lru-cache";
import type { ProviderMetrics } from "./scoring";

/** The part of the key-value store live metrics need (src/server/kv). */
export interface MetricsStore {
  hIncrBy(key: string, increments: Record<string, number>, ttlMs: number): Promise<void>;
  hGetAllMany(keys: string[]): Promise<Array<Record<string, number> | null>>;
}

export type AttemptSample = {
  modelId: string;
  providerId: string;
  ok: boolean;
  /** Time to first token (or to the whole answer, unstreamed), ms. */
  ttftMs?: number | null;
  outputTokens?: number;
  /** Time spent generating after the first token, ms; with outputTokens gives tokens per second. */
  generationMs?: number;
};

const BUCKET_MS = 60_000;
export const WINDOW_BUCKETS = 5;
// A bucket outlives the window a little so a read at a bucket boundary still sees five full minutes.
const BUCKET_TTL_MS = (WINDOW_BUCKETS + 1) * BUCKET_MS;
// Scores may be this stale: reading the shared store once per model per second keeps it off the request path.
const SNAPSHOT_TTL_MS = 1_000;

const bucketKey = (modelId: string, providerId: string, bucket: number) => `metrics:${modelId}:${providerId}:${bucket}`;

/**
 * Rolling 5-minute metrics per (model, provider), kept as per-minute hash buckets in the shared key-value store so
 * every instance scores on the same numbers. Recording never blocks a request; reads are cached for a second.
 */
export class LiveMetrics {
  private snapshots = new LRUCache<string, Promise<Map<string, ProviderMetrics>>>({ max: 5_000, ttl: SNAPSHOT_TTL_MS });

  constructor(
    private readonly store: () => MetricsStore,
    private readonly now: () => number = Date.now,
  ) {}

  record(sample: AttemptSample): void {
    const fields: Record<string, number> = { requests: 1 };
    if (!sample.ok) fields.failures = 1;
    else {
      if (sample.ttftMs != null && sample.ttftMs >= 0) Object.assign(fields, { ttftSum: Math.round(sample.ttftMs), ttftCount: 1 });
      if (sample.outputTokens && sample.generationMs && sample.generationMs > 0) {
        Object.assign(fields, { outputTokens: sample.outputTokens, generationMs: Math.round(sample.generationMs) });
      }
    }
    const bucket = Math.floor(this.now() / BUCKET_MS);
    this.store()
      .hIncrBy(bucketKey(sample.modelId, sample.providerId, bucket), fields, BUCKET_TTL_MS)
      // A failure seen here must steer this instance's very next request, not one a second later.
      .then(() => (sample.ok ? undefined : this.forgetModel(sample.modelId)))
      .catch(() => {});
  }

  private forgetModel(modelId: string): void {
    for (const key of this.snapshots.keys()) if (key.startsWith(`${modelId}|`)) this.snapshots.delete(key);
  }

  /** Metrics of each provider of a model over the last five minutes (providers without traffic are absent). */
  read(modelId: string, providerIds: readonly string[]): Promise<Map<string, ProviderMetrics>> {
    const cacheKey = `${modelId}|${providerIds.join(",")}`;
    let snapshot = this.snapshots.get(cacheKey);
    if (!snapshot) {
      snapshot = this.load(modelId, providerIds).catch(() => new Map());
      this.snapshots.set(cacheKey, snapshot);
    }
    return snapshot;
  }

  /** Drops cached snapshots (tests, and after seeding metrics). */
  forget(): void {
    this.snapshots.clear();
  }

  private async load(modelId: string, providerIds: readonly string[]): Promise<Map<string, ProviderMetrics>> {
    const current = Math.floor(this.now() / BUCKET_MS);
    const buckets = Array.from({ length: WINDOW_BUCKETS }, (_, i) => current - i);
    const keys = providerIds.flatMap((providerId) => buckets.map((bucket) => bucketKey(modelId, providerId, bucket)));
    const hashes = await this.store().hGetAllMany(keys);
    const result = new Map<string, ProviderMetrics>();
    providerIds.forEach((providerId, p) => {
      const total = { requests: 0, failures: 0, ttftSum: 0, ttftCount: 0, outputTokens: 0, generationMs: 0 };
      for (let b = 0; b < buckets.length; b++) {
        const hash = hashes[p * buckets.length + b];
        if (hash) for (const field of Object.keys(total) as Array<keyof typeof total>) total[field] += Number(hash[field] ?? 0);
      }
      if (total.requests === 0) return;
      result.set(providerId, {
        requests: total.requests,
        failures: total.failures,
        ttftMs: total.ttftCount > 0 ? total.ttftSum / total.ttftCount : null,
        tokensPerSecond: total.generationMs > 0 ? (total.outputTokens * 1000) / total.generationMs : null,
      });
    });
    return result;
  }
}
