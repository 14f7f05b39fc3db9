import { LRUCache } from "lru-cache";
import type { BillingMode, SpendPeriod } from "@/generated/prisma/enums";
import { db } from "../../db/client";

/** What the gateway needs to know about a key, loaded once per cache period instead of once per request. */
export type KeyRecord = {
  /** Null for a signed-in dashboard user calling through the playground (no API key involved). */
  apiKeyId: string | null;
  projectId: string;
  organizationId: string;
  mode: BillingMode;
  expiresAt: Date | null;
  revokedAt: Date | null;
  spendLimitUsd: string | null;
  spendPeriod: SpendPeriod;
  rateLimitRpm: number | null;
  rateLimitTpm: number | null;
  allowedModels: string[];
  /** Project settings the gateway needs on every request, cached with the key. */
  cacheEnabled: boolean;
  cacheTtlSeconds: number;
  routingConfig: unknown;
  retainBodies: boolean;
};

/**
 * Entries live KEY_CACHE_TTL_MS (5 s): the bound on how long a revoked or changed key keeps its old state on any
 * instance. Misses are cached too, so a flood of bad keys costs one query per key per period, and concurrent
 * requests for a cold key share one query.
 */
export const KEY_CACHE_TTL_MS = 5_000;
// (Project settings — mode, cache, routing rules — ride along with the key and take effect within the same bound.)

const cache = new LRUCache<string, Promise<KeyRecord | null>>({ max: 100_000, ttl: KEY_CACHE_TTL_MS });

export function lookupKey(keyHash: string): Promise<KeyRecord | null> {
  let entry = cache.get(keyHash);
  if (!entry) {
    entry = loadKey(keyHash);
    cache.set(keyHash, entry);
    // A failed lookup (database down) must not be remembered as "unknown key".
    entry.catch(() => cache.delete(keyHash));
  }
  return entry;
}

async function loadKey(keyHash: string): Promise<KeyRecord | null> {
  const row = await db().apiKey.findUnique({
    where: { keyHash },
    select: {
      id: true,
      projectId: true,
      expiresAt: true,
      revokedAt: true,
      spendLimitUsd: true,
      spendPeriod: true,
      rateLimitRpm: true,
      rateLimitTpm: true,
      allowedModels: true,
      project: { select: { organizationId: true, mode: true, cacheEnabled: true, cacheTtlSeconds: true, routingConfig: true, retainBodies: true } },
    },
  });
  if (!row) return null;
  return {
    apiKeyId: row.id,
    projectId: row.projectId,
    organizationId: row.project.organizationId,
    mode: row.project.mode,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    spendLimitUsd: row.spendLimitUsd?.toString() ?? null,
    spendPeriod: row.spendPeriod,
    rateLimitRpm: row.rateLimitRpm,
    rateLimitTpm: row.rateLimitTpm,
    allowedModels: row.allowedModels,
    cacheEnabled: row.project.cacheEnabled,
    cacheTtlSeconds: row.project.cacheTtlSeconds,
    routingConfig: row.project.routingConfig,
    retainBodies: row.project.retainBodies,
  };
}

/** For tests: forget every cached key. */
export function clearKeyCache(): void {
  cache.clear();
}
