import { db } from "../../db/client";
import { keyValueStore, type KeyValueHealth } from "../../kv";

const DATABASE_TIMEOUT_MS = 2_000;

export type Health = {
  status: "ok" | "degraded";
  database: { status: "ok" | "down"; latencyMs?: number; error?: string };
  /** Shared store for cache, rate limits and routing metrics. Degraded means serving without it (local only). */
  keyValueStore: KeyValueHealth;
};

/** 503 only when the database is down; a degraded key-value store is reported but the gateway keeps serving. */
export async function checkHealth(): Promise<Health> {
  const store = keyValueStore();
  // A bounded probe (the store's own timeout); it also closes an open circuit as soon as Redis is back.
  await store.ping().catch(() => {});
  const keyValue = store.health();
  const started = performance.now();
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS).unref()),
    ]);
    return {
      status: keyValue.status === "ok" ? "ok" : "degraded",
      database: { status: "ok", latencyMs: Math.round(performance.now() - started) },
      keyValueStore: keyValue,
    };
  } catch (error) {
    return { status: "degraded", database: { status: "down", error: error instanceof Error ? error.message.split("\n")[0] : "unreachable" }, keyValueStore: keyValue };
  }
}
