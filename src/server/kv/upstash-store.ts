import { Redis } from "@upstash/redis";
import { checkIncrement, checkIncrements, checkTtl } from "./arguments";
import type { KeyValueStore } from "./types";

export type UpstashStoreOptions = {
  url: string;
  token: string;
  /**
   * Each HTTP request is aborted after this long (default 1 000 ms). ResilientStore gives up on the request path
   * much sooner; this bound only keeps abandoned requests from piling up when Upstash hangs.
   */
  requestTimeoutMs?: number;
};

/**
 * Upstash Redis over its REST API (@upstash/redis). Atomic steps are MULTI/EXEC transactions: one HTTP request,
 * executed by Redis without interleaving.
 */
export class UpstashStore implements KeyValueStore {
  readonly kind = "upstash" as const;
  readonly #redis: Redis;

  constructor(options: UpstashStoreOptions) {
    const requestTimeoutMs = options.requestTimeoutMs ?? 1_000;
    this.#redis = new Redis({
      url: options.url,
      token: options.token,
      // By default the client JSON-parses every reply: a cached "123" would come back as the number 123.
      automaticDeserialization: false,
      // Its default retries back off for seconds; callers on the request path would rather get a miss now.
      retry: false,
      enableTelemetry: false,
      signal: () => AbortSignal.timeout(requestTimeoutMs),
    });
  }

  async get(key: string): Promise<string | null> {
    const value = await this.#redis.get<string>(key);
    return typeof value === "string" ? value : null;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.#redis.set(key, value, { px: checkTtl(ttlMs) });
  }

  async del(key: string): Promise<void> {
    await this.#redis.del(key);
  }

  async incrBy(key: string, amount: number, ttlMs: number): Promise<number> {
    checkIncrement(amount);
    // PEXPIRE … NX sets an expiry only on a key that has none: the key this INCRBY just created.
    const [value] = await this.#redis.multi().incrby(key, amount).pexpire(key, checkTtl(ttlMs), "NX").exec();
    return Number(value);
  }

  async hIncrBy(key: string, increments: Record<string, number>, ttlMs: number): Promise<void> {
    const changes = checkIncrements(increments);
    const ttl = checkTtl(ttlMs);
    if (changes.length === 0) return;
    const transaction = this.#redis.multi();
    for (const [field, amount] of changes) transaction.hincrby(key, field, amount);
    transaction.pexpire(key, ttl);
    await transaction.exec();
  }

  async hGetAllMany(keys: readonly string[]): Promise<Array<Record<string, number> | null>> {
    if (keys.length === 0) return [];
    // A pipeline, not a transaction: one round trip, and no need to freeze every bucket at one instant.
    const pipeline = this.#redis.pipeline();
    for (const key of keys) pipeline.hgetall(key);
    const replies = await pipeline.exec<unknown[]>();
    return replies.map(toNumberRecord);
  }

  async ping(): Promise<void> {
    await this.#redis.ping();
  }
}

/** HGETALL's raw reply (flat [field, value, …]; empty for a missing key) as numbers. */
function toNumberRecord(reply: unknown): Record<string, number> | null {
  if (!Array.isArray(reply) || reply.length === 0) return null;
  const record: Record<string, number> = {};
  for (let i = 0; i + 1 < reply.length; i += 2) record[String(reply[i])] = Number(reply[i + 1]);
  return record;
}
