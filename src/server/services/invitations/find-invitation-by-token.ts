import type { Prisma } from "@/generated/prisma/client";
import { db } from "../../db/client";
import { hashInvitationToken, INVITATION_TOKEN_PATTERN } from "./invitation-token";

const invitationWithOrganization = {
  id: true,
  organizationId: true,
  email: true,
  role: true,
  invitedById: true,
  expiresAt: true,
  acceptedAt: true,
  acceptedById: true,
  revokedAt: true,
  organization: { select: { name: true, projects: { orderBy: { createdAt: "asc" }, take: 1, select: { id: true } } } },
} as const satisfies Prisma.InvitationSelect;

/** The invitation a link's token stands for, or null; a malformed token is not even looked up. */
export function findInvitationByToken(token: string, tx: Prisma.TransactionClient = db()) {
  if (!INVITATION_TOKEN_PATTERN.test(token)) return Promise.resolve(null);
  return tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: invitationWithOrganization });
}
