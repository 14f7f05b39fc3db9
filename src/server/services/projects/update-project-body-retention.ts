import { z } from "zod";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";

export const updateProjectBodyRetentionSchema = z.object({
  enabled: z.boolean({ error: "Choose whether request and response bodies are kept" }),
});

/**
 * Whether the gateway keeps request and response bodies with the request log. Bodies can hold personal data, so
 * only admins decide and every real change is audited. Rows already written keep what they hold either way.
 */
export async function updateProjectBodyRetention(scope: ProjectScope, enabled: boolean) {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const existing = await tx.project.findFirst({ where: { id: scope.projectId, organizationId: scope.organizationId }, select: { retainBodies: true } });
    if (!existing) throw new AppError("NOT_FOUND", "Project not found.");
    const project = await tx.project.update({ where: { id: scope.projectId }, data: { retainBodies: enabled }, select: { id: true, retainBodies: true } });
    if (existing.retainBodies !== enabled) {
      await recordAuditEvent(tx, scope, {
        action: "settings.changed",
        targetType: "project",
        targetId: scope.projectId,
        metadata: { setting: "bodyRetention", from: existing.retainBodies, to: enabled },
      });
    }
    return project;
  });
}
