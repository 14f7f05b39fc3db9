import type { MemberRole } from "@/generated/prisma/enums";
import { invitationStatus } from "./invitation-status";

export const invitationViewSelect = {
  id: true,
  email: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  invitedById: true,
} as const;

type InvitationRow = { id: string; email: string | null; role: MemberRole; createdAt: Date; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };

/** What the team page shows of an invitation: never its token or hash. */
export function toInvitationView(row: InvitationRow, invitedByEmail: string | null, now = new Date()) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    status: invitationStatus(row, now),
    invitedByEmail,
  };
}
