import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { ProjectScope } from "../scope";
import { apiKeyViewSelect, toApiKeyView } from "./api-key-view";

export async function renameApiKey(scope: ProjectScope, apiKeyId: string, name: string) {
  return db().$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id: apiKeyId, projectId: scope.projectId }, data: { name } });
    if (count === 0) throw new AppError("NOT_FOUND", "API key not found.");
    await recordAuditEvent(tx, scope, { action: "api_key.renamed", targetType: "api_key", targetId: apiKeyId, metadata: { name } });
    return toApiKeyView(await tx.apiKey.findUniqueOrThrow({ where: { id: apiKeyId }, select: apiKeyViewSelect }));
  });
}
