import type { Prisma } from "@/generated/prisma/client";
import type { OrganizationScope } from "../scope";

export type AuditAction =
  | "organization.created"
  | "project.created"
  | "project.renamed"
  | "api_key.created"
  | "api_key.renamed"
  | "api_key.revoked"
  | "api_key.limits_changed"
  | "provider_credential.created"
  | "provider_credential.enabled"
  | "provider_credential.disabled"
  | "provider_credential.deleted"
  | "member.added"
  | "member.removed"
  | "member.role_changed"
  | "member.left"
  | "member.invited"
  | "member.invite_revoked"
  | "settings.changed"
  | "billing.credits_granted"
  | "billing.credits_adjusted"
  | "billing.card_saved"
  | "billing.card_removed"
  | "billing.auto_top_up_changed";

/** Appends an audit row inside the caller's transaction, so the action and its record commit together. */
export async function recordAuditEvent(
  tx: Prisma.TransactionClient,
  // userId is null for actions taken by the server's operator (the admin command) or by Stripe on a user's behalf.
  scope: Pick<OrganizationScope, "organizationId" | "ip"> & { userId: string | null },
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
