import { db } from "../../db/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";

/** Newest first, paged by id after the cursor row; `action` narrows to one kind of event (e.g. "member.removed"). */
export async function listAuditEvents(scope: OrganizationScope, options: { cursor?: string; limit: number; action?: string }) {
  requireRole(scope, "admin");
  const rows = await db().auditLog.findMany({
    where: { organizationId: scope.organizationId, ...(options.action ? { action: options.action } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      metadata: true,
      ip: true,
      createdAt: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  const hasMore = rows.length > options.limit;
  const items = hasMore ? rows.slice(0, options.limit) : rows;
  return { items, nextCursor: hasMore ? items.at(-1)?.id : undefined };
}
