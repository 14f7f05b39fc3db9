import type { MemberRole } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { findInvitationByToken } from "./find-invitation-by-token";
import { invitationStatus, type InvitationStatus } from "./invitation-status";

export type InvitationPreview =
  | { state: "invalid" }
  | {
      state: InvitationStatus;
      organizationName: string;
      role: MemberRole;
      /** The only address that may accept it, or null for anyone with the link. */
      email: string | null;
      expiresAt: Date;
      viewer: { email: string; alreadyMember: boolean } | null;
    };

/**
 * What the invite page shows before anyone accepts. The token is the capability, so whoever holds the link may see
 * the organization's name and the role offered, signed in or not; nothing else about the organization is revealed.
 */
export async function getInvitationPreview(token: string, userId: string | null): Promise<InvitationPreview> {
  const invitation = await findInvitationByToken(token);
  if (!invitation) return { state: "invalid" };
  const user = userId
    ? await db().user.findUnique({
        where: { id: userId },
        select: { email: true, memberships: { where: { organizationId: invitation.organizationId }, select: { id: true } } },
      })
    : null;
  return {
    state: invitationStatus(invitation),
    organizationName: invitation.organization.name,
    role: invitation.role,
    email: invitation.email,
    expiresAt: invitation.expiresAt,
    viewer: user ? { email: user.email, alreadyMember: user.memberships.length > 0 } : null,
  };
}
