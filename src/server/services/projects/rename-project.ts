import { db } from "../../db/client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";

export async function renameProject(scope: ProjectScope, name: string) {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const project = await tx.project.update({
      where: { id: scope.projectId, organizationId: scope.organizationId },
      data: { name },
      select: { id: true, name: true },
    });
    await recordAuditEvent(tx, scope, { action: "project.renamed", targetType: "project", targetId: project.id, metadata: { name } });
    return project;
  });
}
