import type { MemberRole } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { AppError, isUniqueViolation } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../scope";
import { findInvitationByToken } from "./find-invitation-by-token";
import { invitationStatus } from "./invitation-status";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/**
 * The signed-in user joins the organization through a link. Idempotent: someone who is already a member (for
 * example, clicking Accept twice) gets the same answer and the invitation is left as it was.
 */
export async function acceptInvitation(actor: Actor, token: string): Promise<AcceptedInvitation> {
  try {
    return await acceptOnce(actor, token);
  } catch (error) {
    // The user joined through another link at the same moment: answer as for any existing member.
    if (isUniqueViolation(error)) return acceptOnce(actor, token);
    throw error;
  }
}

function acceptOnce(actor: Actor, token: string): Promise<AcceptedInvitation> {
  return db().$transaction(async (tx) => {
    const invitation = await findInvitationByToken(token, tx);
    if (!invitation) throw new AppError("NOT_FOUND", "This invitation link is not valid. Ask for a new one.");
    const organizationName = invitation.organization.name;
    const result = (role: AcceptedInvitation["role"], alreadyMember: boolean): AcceptedInvitation => ({
      organizationId: invitation.organizationId,
      organizationName,
      projectId: invitation.organization.projects[0]?.id ?? null,
      role,
      alreadyMember,
    });

    const membership = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId: actor.userId } },
      select: { role: true },
    });
    if (membership) return result(membership.role, true);

    const status = invitationStatus(invitation);
    if (status === "accepted") throw new AppError("BAD_REQUEST", `This invitation has already been used. Ask an admin of ${organizationName} for a new one.`);
    if (status === "revoked") throw new AppError("BAD_REQUEST", `This invitation was revoked. Ask an admin of ${organizationName} for a new one.`);
    if (status === "expired") {
      throw new AppError("BAD_REQUEST", `This invitation expired on ${dateFormat.format(invitation.expiresAt)}. Ask an admin of ${organizationName} for a new one.`);
    }

    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { email: true } });
    if (!user) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again.");
    if (invitation.email && invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}, but you are signed in as ${user.email}. Sign in as ${invitation.email} to accept it.`);
    }

    // Conditional, so of two people racing on one link (or a revocation racing an acceptance) exactly one wins.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date(), acceptedById: actor.userId },
    });
    if (count === 0) throw new AppError("CONFLICT", "This invitation was just used or revoked. Ask for a new one.");
    await tx.membership.create({ data: { organizationId: invitation.organizationId, userId: actor.userId, role: invitation.role } });
    await recordAuditEvent(tx, { organizationId: invitation.organizationId, userId: actor.userId, ip: actor.ip }, {
      action: "member.added",
      targetType: "user",
      targetId: actor.userId,
      metadata: { email: user.email, role: invitation.role, invitationId: invitation.id, invitedById: invitation.invitedById },
    });
    return result(invitation.role, false);
  });
}

export type AcceptedInvitation = {
  organizationId: string;
  organizationName: string;
  /** The organization's first project, for the dashboard to switch to; null if it has none. */
  projectId: string | null;
  role: MemberRole;
  alreadyMember: boolean;
};
