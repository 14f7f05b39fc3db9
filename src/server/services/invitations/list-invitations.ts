import { db } from "../../db/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { invitationViewSelect, toInvitationView } from "./invitation-view";

/** Invitations not yet used or revoked, newest first; expired ones stay listed (marked) until revoked. */
export async function listInvitations(scope: OrganizationScope) {
  requireRole(scope, "admin");
  const rows = await db().invitation.findMany({
    where: { organizationId: scope.organizationId, acceptedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: invitationViewSelect,
  });
  // invitedById has no relation (the inviter may since have been deleted), so emails are looked up in one query.
  const inviterIds = [...new Set(rows.flatMap((row) => (row.invitedById ? [row.invitedById] : [])))];
  const inviters = await db().user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, email: true } });
  const emailById = new Map(inviters.map((user) => [user.id, user.email]));
  const now = new Date();
  return rows.map((row) => toInvitationView(row, (row.invitedById && emailById.get(row.invitedById)) || null, now));
}
