import { db } from "../../db/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";

/** The actions this organization's log actually holds, for the page's filter (no empty choices). */
export async function listAuditActions(scope: OrganizationScope): Promise<string[]> {
  requireRole(scope, "admin");
  // groupBy, not findMany's `distinct`: that one de-duplicates in memory after reading every row.
  const rows = await db().auditLog.groupBy({ by: ["action"], where: { organizationId: scope.organizationId }, orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
