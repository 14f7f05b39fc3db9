import { db } from "../../db/client";

const DATABASE_TIMEOUT_MS = 2_000;

export type Health = { status: "ok" | "degraded"; database: { status: "ok" | "down"; latencyMs?: number; error?: string } };

export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS).unref()),
    ]);
    return { status: "ok", database: { status: "ok", latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    return { status: "degraded", database: { status: "down", error: error instanceof Error ? error.message.split("\n")[0] : "unreachable" } };
  }
}
