import { z } from "zod";
import { db } from "../../db/client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";

export const projectNameSchema = z.string().trim().min(1, "Project name is required").max(60, "Project name must be at most 60 characters");

export async function createProject(scope: OrganizationScope, name: string) {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const project = await tx.project.create({
      data: { organizationId: scope.organizationId, name },
      select: { id: true, name: true, createdAt: true },
    });
    await recordAuditEvent(tx, scope, { action: "project.created", targetType: "project", targetId: project.id, metadata: { name } });
    return project;
  });
}
