import { db } from "../../db/client";
import type { OrganizationScope } from "../scope";

/** Everyone in the organization, owners first (the enum's declared order), then by when they joined. Any member may look. */
export async function listMembers(scope: OrganizationScope) {
  const rows = await db().membership.findMany({
    where: { organizationId: scope.organizationId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  // API keys each member created that still work here: removing a member offers to revoke them.
  const keyCounts = await db().apiKey.groupBy({
    by: ["createdById"],
    where: { createdById: { in: rows.map((row) => row.user.id) }, revokedAt: null, project: { organizationId: scope.organizationId } },
    _count: { _all: true },
  });
  const activeKeys = new Map(keyCounts.map((entry) => [entry.createdById, entry._count._all]));
  return rows.map((row) => ({
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    role: row.role,
    joinedAt: row.createdAt,
    isYou: row.user.id === scope.userId,
    activeApiKeys: activeKeys.get(row.user.id) ?? 0,
  }));
}
