import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";
import { parseRoutingConfig, presentRoutingConfig } from "./parse-routing-config";

// The config arrives as whatever JSON the editor holds; parseRoutingConfig gives the precise complaint.
export const updateProjectRoutingSchema = z.object({ config: z.unknown().refine((value) => value !== undefined, "config is required (null removes the rules)") });

/** Saves the project's routing rules (null removes them); the gateway picks them up within 5 seconds. */
export async function updateProjectRouting(scope: ProjectScope, config: unknown) {
  requireRole(scope, "admin");
  const next = config === null ? null : parseRoutingConfig(config);
  return db().$transaction(async (tx) => {
    const existing = await tx.project.findFirst({ where: { id: scope.projectId, organizationId: scope.organizationId }, select: { routingConfig: true } });
    if (!existing) throw new AppError("NOT_FOUND", "Project not found.");
    const project = await tx.project.update({
      where: { id: scope.projectId },
      data: { routingConfig: next === null ? Prisma.DbNull : (next as Prisma.InputJsonObject) },
      select: { id: true, routingConfig: true },
    });
    // jsonb does not keep key order, so the comparison must not depend on it.
    if (!isDeepStrictEqual(existing.routingConfig, project.routingConfig)) {
      await recordAuditEvent(tx, scope, {
        action: "settings.changed",
        targetType: "project",
        targetId: scope.projectId,
        metadata: { setting: "routing", from: existing.routingConfig ?? null, to: project.routingConfig ?? null } as Prisma.InputJsonObject,
      });
    }
    return { id: project.id, routingConfig: presentRoutingConfig(project.routingConfig) };
  });
}
