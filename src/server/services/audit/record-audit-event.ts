import type { Prisma } from "@/generated/prisma/client";
import type { OrganizationScope } from "../scope";

export type AuditAction =
  | "organization.created"
  | "project.created"
  | "project.renamed"
  | "api_key.created"
  | "api_key.renamed"
  | "api_key.revoked"
  | "provider_credential.created"
  | "provider_credential.enabled"
  | "provider_credential.disabled"
  | "provider_credential.deleted"
  | "member.added"
  | "member.removed"
  | "member.role_changed"
  | "settings.changed";

/** Appends an audit row inside the caller's transaction, so the action and its record commit together. */
export async function recordAuditEvent(
  tx: Prisma.TransactionClient,
  scope: Pick<OrganizationScope, "organizationId" | "userId" | "ip">,
  event: { action: AuditAction; targetType?: string; targetId?: string; metadata?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      organizationId: scope.organizationId,
      actorId: scope.userId,
      ip: scope.ip ?? null,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      metadata: event.metadata,
    },
  });
}
