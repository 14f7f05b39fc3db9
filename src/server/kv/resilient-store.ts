import { checkIncrement, checkIncrements, checkTtl } from "./arguments";
import { CircuitBreaker } from "./circuit-breaker";
import { MemoryStore } from "./memory-store";
import type { KeyValueHealth, KeyValueStore, MonitoredKeyValueStore } from "./types";

// The shared store as the request path sees it: a slow or dead Redis must never slow down or fail a request.
//
// - Every remote call is bounded by `timeoutMs` (default 50 ms); a timeout counts as a failure.
// - `failureThreshold` failures in a row (default 3) open a circuit for `openMs` (default 5 s): calls then skip
//   the remote entirely, and one trial call per period finds out whether it is back (circuit-breaker.ts).
// - Nothing rejects because the remote is unavailable; each operation degrades in the way its callers can live with:
//     strings (response cache, hot lookups): get → null (a miss), set → dropped. A shared cache that is briefly
//       absent only costs the work it would have saved; a stale local copy could be wrong.
//     counters and hashes (rate limits, routing metrics): always also applied to a local MemoryStore (cheap,
//       in-process), and read from it while the remote is unavailable (incrBy's result, get of a counter,
//       hGetAllMany). The local copy is warm at the moment of the outage, so routing keeps this instance's recent
//       metrics and rate limits keep counting — per instance instead of cluster-wide. Local increments are not
//       replayed into Redis on recovery (a timed-out write may have landed; replaying could count it twice), so
//       shared numbers simply miss the outage. del applies to both.
// - Any remote error counts as unavailability, a command error (WRONGTYPE) included: give each key name one type.
// - Arguments are checked first: invalid ones (a caller's bug) reject with RangeError, whatever the circuit.
// - ping() is a probe: it goes to the remote even while the circuit is open, and rejects when it does not answer.

export type ResilientStoreOptions = {
  timeoutMs?: number;
  failureThreshold?: number;
  openMs?: number;
  /** The local mirror for counters and hashes (default: a MemoryStore of 16 MiB). */
  local?: MemoryStore;
  now?: () => number;
  /** Told when the remote becomes unavailable and when it is back (for a log line). */
  onHealthChange?: (health: KeyValueHealth) => void;
};

type Attempt<T> = { ok: true; value: T } | { ok: false };

export class ResilientStore implements MonitoredKeyValueStore {
  readonly kind: KeyValueStore["kind"];
  readonly local: MemoryStore;
  readonly #remote: KeyValueStore;
  readonly #timeoutMs: number;
  readonly #circuit: CircuitBreaker;

  constructor(remote: KeyValueStore, options: ResilientStoreOptions = {}) {
    this.kind = remote.kind;
    this.#remote = remote;
    this.local = options.local ?? new MemoryStore({ maxBytes: 16 * 1024 * 1024 });
    this.#timeoutMs = options.timeoutMs ?? 50;
    this.#circuit = new CircuitBreaker({
      failureThreshold: options.failureThreshold ?? 3,
      openMs: options.openMs ?? 5_000,
      now: options.now,
      onChange: () => options.onHealthChange?.(this.health()),
    });
  }

  async get(key: string): Promise<string | null> {
    const attempt = await this.#attempt(() => this.#remote.get(key));
    if (attempt.ok) return attempt.value;
    // The mirror holds only counters (set() never writes there): a cache key is a miss, a counter reads locally.
    return this.#localOrNull(() => this.local.get(key));
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    checkTtl(ttlMs);
    await this.#attempt(() => this.#remote.set(key, value, ttlMs));
  }

  async del(key: string): Promise<void> {
    await this.local.del(key);
    await this.#attempt(() => this.#remote.del(key));
  }

  async incrBy(key: string, amount: number, ttlMs: number): Promise<number> {
    checkIncrement(amount);
    checkTtl(ttlMs);
    const local = await this.#localOrNull(() => this.local.incrBy(key, amount, ttlMs));
    const attempt = await this.#attempt(() => this.#remote.incrBy(key, amount, ttlMs));
    // Without either (a key of the wrong type locally and no remote) the increment is still counted once.
    return attempt.ok ? attempt.value : (local ?? amount);
  }

  async hIncrBy(key: string, increments: Record<string, number>, ttlMs: number): Promise<void> {
    const changes = checkIncrements(increments);
    checkTtl(ttlMs);
    // Nothing to write must not count as the remote answering (it would close a half-open circuit).
    if (changes.length === 0) return;
    await this.#localOrNull(() => this.local.hIncrBy(key, increments, ttlMs));
    await this.#attempt(() => this.#remote.hIncrBy(key, increments, ttlMs));
  }

  async hGetAllMany(keys: readonly string[]): Promise<Array<Record<string, number> | null>> {
    if (keys.length === 0) return [];
    const attempt = await this.#attempt(() => this.#remote.hGetAllMany(keys));
    if (attempt.ok) return attempt.value;
    return (await this.#localOrNull(() => this.local.hGetAllMany(keys))) ?? keys.map(() => null);
  }

  async ping(): Promise<void> {
    this.#circuit.forceAcquire();
    await this.#call(() => this.#remote.ping());
  }

  health(): KeyValueHealth {
    const since = this.#circuit.changedAt;
    const health: KeyValueHealth = { backend: this.kind, status: this.#circuit.state === "closed" ? "ok" : "degraded" };
    const lastError = this.#circuit.lastError;
    if (lastError !== undefined) health.lastError = lastError instanceof Error ? lastError.message : String(lastError);
    if (since !== undefined) health.since = new Date(since).toISOString();
    return health;
  }

  async #attempt<T>(operation: () => Promise<T>): Promise<Attempt<T>> {
    if (!this.#circuit.tryAcquire()) return { ok: false };
    try {
      return { ok: true, value: await this.#call(operation) };
    } catch {
      return { ok: false };
    }
  }

  /** The remote call under the time bound, with its outcome recorded by the circuit. Rejects on failure. */
  async #call<T>(operation: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.kind} did not answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
    });
    try {
      // A late answer after the timeout is ignored; race() still observes its rejection, so none goes unhandled.
      const value = await Promise.race([operation(), timeout]);
      this.#circuit.recordSuccess();
      return value;
    } catch (error) {
      this.#circuit.recordFailure(error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The local mirror never fails for availability reasons; a type clash there must not cost the remote write. */
  async #localOrNull<T>(operation: () => Promise<T>): Promise<T | null> {
    try {
      return await operation();
    } catch {
      return null;
    }
  }
}
