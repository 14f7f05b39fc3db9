import { z } from "zod";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";

export const CACHE_TTL_MIN_SECONDS = 10;
export const CACHE_TTL_MAX_SECONDS = 31_536_000;
const TTL_RANGE_MESSAGE = "Cache TTL must be between 10 seconds and 1 year (31,536,000 seconds)";

export const updateProjectCacheSchema = z.object({
  enabled: z.boolean({ error: "Choose whether the cache is on or off" }),
  ttlSeconds: z
    .number({ error: "Cache TTL must be a number of seconds" })
    .int("Cache TTL must be a whole number of seconds")
    .min(CACHE_TTL_MIN_SECONDS, TTL_RANGE_MESSAGE)
    .max(CACHE_TTL_MAX_SECONDS, TTL_RANGE_MESSAGE),
});
export type UpdateProjectCacheInput = z.infer<typeof updateProjectCacheSchema>;

/** Turns the response cache on or off and sets how long answers are kept; only a real change is recorded. */
export async function updateProjectCache(scope: ProjectScope, input: UpdateProjectCacheInput) {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const existing = await tx.project.findFirst({
      where: { id: scope.projectId, organizationId: scope.organizationId },
      select: { cacheEnabled: true, cacheTtlSeconds: true },
    });
    if (!existing) throw new AppError("NOT_FOUND", "Project not found.");
    const project = await tx.project.update({
      where: { id: scope.projectId },
      data: { cacheEnabled: input.enabled, cacheTtlSeconds: input.ttlSeconds },
      select: { id: true, cacheEnabled: true, cacheTtlSeconds: true },
    });
    if (existing.cacheEnabled !== input.enabled || existing.cacheTtlSeconds !== input.ttlSeconds) {
      await recordAuditEvent(tx, scope, {
        action: "settings.changed",
        targetType: "project",
        targetId: scope.projectId,
        metadata: {
          setting: "cache",
          from: { enabled: existing.cacheEnabled, ttlSeconds: existing.cacheTtlSeconds },
          to: { enabled: input.enabled, ttlSeconds: input.ttlSeconds },
        },
      });
    }
    return project;
  });
}
