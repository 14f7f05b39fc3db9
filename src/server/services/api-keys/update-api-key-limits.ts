import { isDeepStrictEqual } from "node:util";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { ProjectScope } from "../scope";
import type { ApiKeyLimitsInput } from "./api-key-limits-input";
import { apiKeyViewSelect, toApiKeyView } from "./api-key-view";

const limitsSelect = { rateLimitRpm: true, rateLimitTpm: true, allowedModels: true, spendLimitUsd: true, spendPeriod: true } as const;

// Amounts are compared and recorded in one canonical spelling, so "25.50" after "25.5" is no change.
const canonicalUsd = (amount: Prisma.Decimal | string | null) => (amount === null ? null : new Prisma.Decimal(amount).toFixed());

/**
 * Sets a key's rate limits, model allow-list and spend limit. Developers may do this, as they may create keys.
 * The gateway reads keys through a 5-second cache, so new limits apply within 5 seconds.
 */
export async function updateApiKeyLimits(scope: ProjectScope, apiKeyId: string, input: ApiKeyLimitsInput) {
  return db().$transaction(async (tx) => {
    const existing = await tx.apiKey.findFirst({ where: { id: apiKeyId, projectId: scope.projectId }, select: { ...limitsSelect, revokedAt: true } });
    if (!existing) throw new AppError("NOT_FOUND", "API key not found.");
    const { revokedAt, ...current } = existing;
    if (revokedAt) throw new AppError("BAD_REQUEST", "This key is revoked; its limits can no longer change.");

    const from = { ...current, spendLimitUsd: canonicalUsd(current.spendLimitUsd) };
    // Field by field: the caller's input also carries ids that must never reach the update.
    const to = {
      rateLimitRpm: input.rateLimitRpm,
      rateLimitTpm: input.rateLimitTpm,
      allowedModels: input.allowedModels,
      spendLimitUsd: canonicalUsd(input.spendLimitUsd),
      spendPeriod: input.spendPeriod,
    };
    const updated = await tx.apiKey.update({ where: { id: apiKeyId }, data: to, select: apiKeyViewSelect });
    if (!isDeepStrictEqual(from, to)) {
      await recordAuditEvent(tx, scope, { action: "api_key.limits_changed", targetType: "api_key", targetId: apiKeyId, metadata: { from, to } });
    }
    return toApiKeyView(updated);
  });
}
