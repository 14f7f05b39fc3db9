import { MemoryStore } from "./memory-store";
import { ResilientStore } from "./resilient-store";
import type { KeyValueHealth, MonitoredKeyValueStore } from "./types";
import { UpstashStore } from "./upstash-store";

export type { KeyValueBackend, KeyValueHealth, KeyValueStore, MonitoredKeyValueStore } from "./types";
export { MemoryStore, type MemoryStoreOptions } from "./memory-store";
export { ResilientStore, type ResilientStoreOptions } from "./resilient-store";
export { UpstashStore, type UpstashStoreOptions } from "./upstash-store";

type Environment = Record<string, string | undefined>;

/**
 * The store for this environment: Upstash (wrapped in ResilientStore: bounded, never failing a request) when
 * UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN are set, an in-process MemoryStore otherwise.
 */
export function createKeyValueStore(environment: Environment = process.env): MonitoredKeyValueStore {
  const url = environment.UPSTASH_REDIS_REST_URL?.trim();
  const token = environment.UPSTASH_REDIS_REST_TOKEN?.trim();
  if (!url && !token) return new MemoryStore();
  if (!url || !token) throw new Error("UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together");
  const remote = new UpstashStore({ url, token });
  // Open the connection now, outside the request path: a cold TLS handshake can take longer than its timeout.
  remote.ping().catch(() => {});
  // How long a request may wait on Redis before falling back to local state (default 150 ms). Shared limits are
  // exact only while Redis answers within it, so raise it where Redis is far away or the machine is loaded.
  const timeoutMs = Number(environment.KV_TIMEOUT_MS) > 0 ? Number(environment.KV_TIMEOUT_MS) : 150;
  return new ResilientStore(remote, { onHealthChange: logHealthChange, timeoutMs });
}

// On globalThis: Next's server bundle and the node:http fast path load this module separately in one process,
// and must share one store (one set of local counters, one circuit).
const globalForKv = globalThis as unknown as { switchboardKeyValueStore?: MonitoredKeyValueStore };

/** The process-wide store, created on first use (not at import: `next build` must not need the environment). */
export function keyValueStore(): MonitoredKeyValueStore {
  globalForKv.switchboardKeyValueStore ??= createKeyValueStore();
  return globalForKv.switchboardKeyValueStore;
}

/** For tests: use `store` as the process-wide store; undefined makes the next call build one from the environment. */
export function setKeyValueStoreForTests(store: MonitoredKeyValueStore | undefined): void {
  globalForKv.switchboardKeyValueStore = store;
}

function logHealthChange(health: KeyValueHealth): void {
  if (health.status === "degraded") {
    console.warn(`[kv] ${health.backend} unavailable (${health.lastError}): serving without the shared cache, with local counters`);
  } else {
    console.warn(`[kv] ${health.backend} is back`);
  }
}
