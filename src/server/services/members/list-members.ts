import { db } from "../../db/client";
import type { OrganizationScope } from "../scope";

/** Everyone in the organization, owners first (the enum's declared order), then by when they joined. Any member may look. */
export async function listMembers(scope: OrganizationScope) {
  const rows = await db().membership.findMany({
    where: { organizationId: scope.organizationId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((row) => ({
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    role: row.role,
    joinedAt: row.createdAt,
    isYou: row.user.id === scope.userId,
  }));
}
