import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { invitationViewSelect, toInvitationView } from "./invitation-view";

/** Revoking is idempotent: a second call returns the invitation as it is and records nothing. */
export async function revokeInvitation(scope: OrganizationScope, invitationId: string) {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const existing = await tx.invitation.findFirst({
      where: { id: invitationId, organizationId: scope.organizationId },
      select: invitationViewSelect,
    });
    if (!existing) throw new AppError("NOT_FOUND", "Invitation not found.");
    if (existing.acceptedAt) throw new AppError("BAD_REQUEST", "This invitation was already accepted. Remove the member instead.");
    if (existing.revokedAt) return toInvitationView(existing, null);
    // Conditional, so an acceptance racing this revocation wins or loses cleanly instead of both being recorded.
    const { count } = await tx.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("CONFLICT", "This invitation was just accepted or revoked. Refresh the page.");
    await recordAuditEvent(tx, scope, {
      action: "member.invite_revoked",
      targetType: "invitation",
      targetId: invitationId,
      metadata: { email: existing.email, role: existing.role },
    });
    return toInvitationView(await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: invitationViewSelect }), null);
  });
}
