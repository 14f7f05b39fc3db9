import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { ProjectScope } from "../scope";
import { apiKeyViewSelect, toApiKeyView } from "./api-key-view";

/** Revoking is permanent and idempotent: a second call returns the key as it is, with its first revocation time. */
export async function revokeApiKey(scope: ProjectScope, apiKeyId: string) {
  return db().$transaction(async (tx) => {
    const existing = await tx.apiKey.findFirst({ where: { id: apiKeyId, projectId: scope.projectId }, select: { revokedAt: true } });
    if (!existing) throw new AppError("NOT_FOUND", "API key not found.");
    if (!existing.revokedAt) {
      await tx.apiKey.update({ where: { id: apiKeyId }, data: { revokedAt: new Date() } });
      await recordAuditEvent(tx, scope, { action: "api_key.revoked", targetType: "api_key", targetId: apiKeyId });
    }
    return toApiKeyView(await tx.apiKey.findUniqueOrThrow({ where: { id: apiKeyId }, select: apiKeyViewSelect }));
  });
}
