import { z } from "zod";
import { BillingMode } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";

export const projectModeSchema = z.enum(BillingMode, { error: "Mode must be byok, credits or hybrid" });

/** Which credentials the project's gateway requests may use; only a real change is recorded. */
export async function setProjectMode(scope: ProjectScope, mode: BillingMode) {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const existing = await tx.project.findFirst({ where: { id: scope.projectId, organizationId: scope.organizationId }, select: { mode: true } });
    if (!existing) throw new AppError("NOT_FOUND", "Project not found.");
    const project = await tx.project.update({ where: { id: scope.projectId }, data: { mode }, select: { id: true, name: true, mode: true } });
    if (existing.mode !== mode) {
      await recordAuditEvent(tx, scope, {
        action: "settings.changed",
        targetType: "project",
        targetId: scope.projectId,
        metadata: { setting: "mode", from: existing.mode, to: mode },
      });
    }
    return project;
  });
}
