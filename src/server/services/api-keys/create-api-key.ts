import { z } from "zod";
import { generateApiKey, hashApiKey } from "../../auth/api-key-secret";
import { db } from "../../db/client";
import { env } from "../../env";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { ProjectScope } from "../scope";
import { apiKeyViewSelect, toApiKeyView } from "./api-key-view";

export const apiKeyNameSchema = z.string().trim().min(1, "Key name is required").max(60, "Key name must be at most 60 characters");

/** A USD amount kept exactly (a decimal string, never a float). */
export const spendLimitUsdSchema = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,6})?$/, "Spend limit must be a positive amount in USD with at most 6 decimals, e.g. 25 or 12.50")
  .refine((value) => Number(value) > 0, "Spend limit must be greater than 0");

export const createApiKeySchema = z.object({
  name: apiKeyNameSchema,
  expiresAt: z.coerce
    .date({ error: "Expiry must be a date" })
    .refine((date) => date.getTime() > Date.now(), "Expiry must be in the future")
    .optional(),
  spendLimitUsd: spendLimitUsdSchema.optional(),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

/** Creates a key and returns it in full — the only time it is ever available. */
export async function createApiKey(scope: ProjectScope, input: CreateApiKeyInput) {
  const { key, prefix, last4 } = generateApiKey();
  const row = await db().$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        projectId: scope.projectId,
        createdById: scope.userId,
        name: input.name,
        keyHash: hashApiKey(key, env().API_KEY_HASH_SECRET),
        prefix,
        last4,
        expiresAt: input.expiresAt ?? null,
        spendLimitUsd: input.spendLimitUsd ?? null,
      },
      select: apiKeyViewSelect,
    });
    await recordAuditEvent(tx, scope, {
      action: "api_key.created",
      targetType: "api_key",
      targetId: created.id,
      metadata: { name: input.name, projectId: scope.projectId, prefix },
    });
    return created;
  });
  return { key, apiKey: toApiKeyView(row) };
}
