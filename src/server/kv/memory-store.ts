import { LRUCache } from "lru-cache";
import { checkIncrement, checkIncrements, checkTtl } from "./arguments";
import type { KeyValueHealth, MonitoredKeyValueStore } from "./types";

// The embedded default for a single instance, and the local fallback of ResilientStore. Same semantics as the
// Upstash store (the shared contract suite runs against both). Operations are synchronous inside, so each one
// is trivially atomic within the process. Memory is bounded twice: by entry count and by an estimate of bytes;
// past either bound the least recently used keys go first — a counter evicted early simply restarts, which for
// a cache-like store is the right failure.

type Entry = { type: "string"; value: string } | { type: "hash"; fields: Map<string, number> };

export type MemoryStoreOptions = {
  /** Most keys held at once (default 100 000). */
  maxEntries?: number;
  /** Rough bound on memory for keys and values, in bytes (default 64 MiB); a larger single value is not stored. */
  maxBytes?: number;
};

// Per-entry bookkeeping (LRU links, Map slot, object headers): a deliberate overestimate.
const ENTRY_OVERHEAD_BYTES = 96;
const FIELD_OVERHEAD_BYTES = 48;

export class MemoryStore implements MonitoredKeyValueStore {
  readonly kind = "memory" as const;
  readonly #entries: LRUCache<string, Entry>;

  constructor(options: MemoryStoreOptions = {}) {
    this.#entries = new LRUCache<string, Entry>({
      max: options.maxEntries ?? 100_000,
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (entry, key) => estimateBytes(key, entry),
      // Reading must not extend a key's life: expiry is set by writes only, as in Redis.
      updateAgeOnGet: false,
    });
  }

  async get(key: string): Promise<string | null> {
    const entry = this.#entries.get(key);
    if (entry === undefined) return null;
    if (entry.type !== "string") throw wrongType(key);
    return entry.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.#entries.set(key, { type: "string", value }, { ttl: checkTtl(ttlMs) });
  }

  async del(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  async incrBy(key: string, amount: number, ttlMs: number): Promise<number> {
    checkIncrement(amount);
    const ttl = checkTtl(ttlMs);
    // get() drops an expired entry, so "existing" means alive: its expiry must stay as it is.
    const existing = this.#entries.get(key);
    if (existing === undefined) {
      this.#entries.set(key, { type: "string", value: String(amount) }, { ttl });
      return amount;
    }
    if (existing.type !== "string") throw wrongType(key);
    const next = parseCounter(key, existing.value) + amount;
    if (!Number.isSafeInteger(next)) throw new RangeError(`ERR increment or decrement would overflow (key ${key})`);
    this.#entries.set(key, { type: "string", value: String(next) }, { noUpdateTTL: true });
    return next;
  }

  async hIncrBy(key: string, increments: Record<string, number>, ttlMs: number): Promise<void> {
    const changes = checkIncrements(increments);
    const ttl = checkTtl(ttlMs);
    if (changes.length === 0) return;
    const existing = this.#entries.get(key);
    if (existing !== undefined && existing.type !== "hash") throw wrongType(key);
    const fields = new Map(existing?.fields);
    for (const [field, amount] of changes) {
      const next = (fields.get(field) ?? 0) + amount;
      if (!Number.isSafeInteger(next)) throw new RangeError(`ERR increment or decrement would overflow (key ${key}, field ${field})`);
      fields.set(field, next);
    }
    // A new object (not mutated in place) so the size estimate is recomputed; the expiry is refreshed.
    this.#entries.set(key, { type: "hash", fields }, { ttl });
  }

  async hGetAllMany(keys: readonly string[]): Promise<Array<Record<string, number> | null>> {
    return keys.map((key) => {
      const entry = this.#entries.get(key);
      if (entry === undefined) return null;
      if (entry.type !== "hash") throw wrongType(key);
      return Object.fromEntries(entry.fields);
    });
  }

  async ping(): Promise<void> {}

  health(): KeyValueHealth {
    return { backend: "memory", status: "ok" };
  }

  /** Forgets everything (tests). */
  clear(): void {
    this.#entries.clear();
  }
}

function estimateBytes(key: string, entry: Entry): number {
  let bytes = ENTRY_OVERHEAD_BYTES + key.length * 2;
  if (entry.type === "string") return bytes + entry.value.length * 2;
  for (const field of entry.fields.keys()) bytes += FIELD_OVERHEAD_BYTES + field.length * 2;
  return bytes;
}

function parseCounter(key: string, value: string): number {
  const parsed = /^-?\d{1,16}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`ERR value is not an integer or out of range (key ${key})`);
  return parsed;
}

function wrongType(key: string): Error {
  return new Error(`WRONGTYPE Operation against a key holding the wrong kind of value (key ${key})`);
}
