import type { MemberRole } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../../errors";
import type { OrganizationScope } from "../scope";

/**
 * Serialises membership changes within one organization until the transaction ends, and re-reads the actor's role
 * under that lock. Without it two owners demoting each other at once would each still see two owners and leave
 * none. NO KEY UPDATE, not UPDATE: inserts that reference the organization (request logs, keys) are not held up.
 */
export async function lockOrganizationMembers(tx: Prisma.TransactionClient, scope: OrganizationScope): Promise<MemberRole> {
  await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Organization" WHERE "id" = ${scope.organizationId} FOR NO KEY UPDATE`;
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: scope.organizationId, userId: scope.userId } },
    select: { role: true },
  });
  if (!membership) throw new AppError("FORBIDDEN", "You are not a member of this organization.");
  return membership.role;
}

export function countOwners(tx: Prisma.TransactionClient, organizationId: string): Promise<number> {
  return tx.membership.count({ where: { organizationId, role: "owner" } });
}
