import { z } from "zod";
import { MemberRole } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { emailSchema } from "../accounts/sign-up";
import { recordAuditEvent } from "../audit/record-audit-event";
import { invitationRefusal } from "../members/member-role-rules";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { generateInvitationToken, INVITATION_LIFETIME_MS, invitationPath } from "./invitation-token";
import { invitationViewSelect, toInvitationView } from "./invitation-view";

export const createInvitationSchema = z.object({
  // Without an email anyone holding the link can join; with one, only a user signed in with that address.
  email: emailSchema.optional(),
  role: z.enum(MemberRole, { error: "Choose a role: owner, admin or developer" }),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

/**
 * Creates an invitation and returns its link path — the only time the token exists outside the recipient's hands.
 * There is no email delivery yet: the email only restricts who may accept, and the admin shares the link.
 */
export async function createInvitation(scope: OrganizationScope, input: CreateInvitationInput) {
  requireRole(scope, "admin");
  const refusal = invitationRefusal(scope.role, input.role);
  if (refusal) throw new AppError("FORBIDDEN", refusal, "role");
  if (input.email) {
    const existing = await db().membership.findFirst({
      where: { organizationId: scope.organizationId, user: { email: { equals: input.email, mode: "insensitive" } } },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", `${input.email} is already a member of this organization.`, "email");
  }
  const { token, tokenHash } = generateInvitationToken();
  const invitation = await db().$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        organizationId: scope.organizationId,
        email: input.email ?? null,
        role: input.role,
        tokenHash,
        invitedById: scope.userId,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
      },
      select: invitationViewSelect,
    });
    await recordAuditEvent(tx, scope, {
      action: "member.invited",
      targetType: "invitation",
      targetId: created.id,
      metadata: { email: input.email ?? null, role: input.role, expiresAt: created.expiresAt.toISOString() },
    });
    return created;
  });
  return { invitation: toInvitationView(invitation, null), path: invitationPath(token) };
}
