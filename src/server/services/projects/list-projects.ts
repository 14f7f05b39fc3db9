import { db } from "../../db/client";
import type { OrganizationScope } from "../scope";

export function listProjects(scope: OrganizationScope) {
  return db().project.findMany({
    where: { organizationId: scope.organizationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, _count: { select: { apiKeys: { where: { revokedAt: null } } } } },
  });
}
