import type { Prisma } from "@/generated/prisma/client";
import { maskApiKey } from "../../auth/api-key-secret";

export const apiKeyViewSelect = {
  id: true,
  name: true,
  prefix: true,
  last4: true,
  spendLimitUsd: true,
  spendPeriod: true,
  rateLimitRpm: true,
  rateLimitTpm: true,
  allowedModels: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { email: true } },
} satisfies Prisma.ApiKeySelect;

type ApiKeyRow = Prisma.ApiKeyGetPayload<{ select: typeof apiKeyViewSelect }>;
export type ApiKeyStatus = "active" | "revoked" | "expired";

/** What the dashboard may see of a key: never the key or its hash. */
export function toApiKeyView(row: ApiKeyRow, now = new Date()) {
  const status: ApiKeyStatus = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active";
  return {
    id: row.id,
    name: row.name,
    masked: maskApiKey(row.prefix, row.last4),
    spendLimitUsd: row.spendLimitUsd?.toString() ?? null,
    spendPeriod: row.spendPeriod,
    rateLimitRpm: row.rateLimitRpm,
    rateLimitTpm: row.rateLimitTpm,
    allowedModels: row.allowedModels,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    createdAt: row.createdAt,
    createdByEmail: row.createdBy?.email ?? null,
    status,
  };
}
export type ApiKeyView = ReturnType<typeof toApiKeyView>;
