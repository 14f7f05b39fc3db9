import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";
import { providerCredentialViewSelect, toProviderCredentialView } from "./provider-credential-view";

/** Idempotent: setting the state a credential already has changes nothing and records nothing. */
export async function setProviderCredentialEnabled(scope: ProjectScope, credentialId: string, enabled: boolean) {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const existing = await tx.providerCredential.findFirst({ where: { id: credentialId, projectId: scope.projectId }, select: { enabled: true } });
    if (!existing) throw new AppError("NOT_FOUND", "Provider key not found.");
    if (existing.enabled !== enabled) {
      await tx.providerCredential.update({ where: { id: credentialId }, data: { enabled } });
      await recordAuditEvent(tx, scope, {
        action: enabled ? "provider_credential.enabled" : "provider_credential.disabled",
        targetType: "provider_credential",
        targetId: credentialId,
      });
    }
    return toProviderCredentialView(await tx.providerCredential.findUniqueOrThrow({ where: { id: credentialId }, select: providerCredentialViewSelect }));
  });
}
