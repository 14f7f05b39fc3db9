// The key-value layer behind routing metrics, the response cache, rate limits and hot lookups. Two backends:
// an in-process memory store (single instance, the default) and Upstash Redis (shared by every instance).
//
// Every key expires: each write takes a TTL, so neither backend grows without bound. Values are strings of
// well-formed Unicode (they travel as UTF-8); counters and hash fields hold safe integers — keep money as integer
// micro-units, never as floats. A key holds one type: a string/counter (set, incrBy) or a hash (hIncrBy);
// using a key as the other type rejects (WRONGTYPE), as in Redis.

export type KeyValueBackend = "memory" | "upstash";

export interface KeyValueStore {
  readonly kind: KeyValueBackend;

  /** The string at `key`, or null when missing or expired. A counter reads as its decimal string. */
  get(key: string): Promise<string | null>;

  /** Stores `value` for `ttlMs`, replacing any value and expiry (SET key value PX ttl). One atomic write. */
  set(key: string, value: string, ttlMs: number): Promise<void>;

  /** Removes the key, whatever its type. No-op when missing. */
  del(key: string): Promise<void>;

  /**
   * Atomically adds `amount` (a safe integer, may be negative) and returns the new value. The expiry is set only
   * when the key has none, i.e. when this call creates it: the window of a fixed-window counter starts with its
   * first increment and is never extended. The increment and the expiry are one atomic step (MULTI), so a
   * counter never lives without an expiry.
   */
  incrBy(key: string, amount: number, ttlMs: number): Promise<number>;

  /**
   * Atomically adds each increment (safe integers) to its hash field and sets the key's expiry to `ttlMs` from
   * now (refreshed on every call: a metrics bucket lives while it is written). One atomic step; concurrent
   * calls from any number of instances never lose an increment. An empty `increments` is a no-op.
   */
  hIncrBy(key: string, increments: Record<string, number>, ttlMs: number): Promise<void>;

  /**
   * Every field of each hash, in the order of `keys` (null for a missing or expired key), in one round trip.
   * Each hash is read atomically, but not all of them at the same instant.
   */
  hGetAllMany(keys: readonly string[]): Promise<Array<Record<string, number> | null>>;

  /** Resolves when the backend answers; rejects otherwise. */
  ping(): Promise<void>;
}

export type KeyValueHealth = {
  backend: KeyValueBackend;
  /** degraded: the shared backend is not being used (its circuit is open) and callers get local fallbacks. */
  status: "ok" | "degraded";
  /** The failure that degraded the store (only while degraded). */
  lastError?: string;
  /** When the current status began (ISO 8601); absent while nothing has ever failed. */
  since?: string;
};

/** What the app holds: a store that reports its own health for /api/health. */
export interface MonitoredKeyValueStore extends KeyValueStore {
  health(): KeyValueHealth;
}
