import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";

export async function deleteProviderCredential(scope: ProjectScope, credentialId: string): Promise<{ id: string }> {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const existing = await tx.providerCredential.findFirst({
      where: { id: credentialId, projectId: scope.projectId },
      select: { providerId: true, name: true, customSlug: true },
    });
    if (!existing) throw new AppError("NOT_FOUND", "Provider key not found.");
    await tx.providerCredential.delete({ where: { id: credentialId } });
    // The row is gone, so the audit entry keeps what identifies it to a reader.
    await recordAuditEvent(tx, scope, { action: "provider_credential.deleted", targetType: "provider_credential", targetId: credentialId, metadata: existing });
    return { id: credentialId };
  });
}
