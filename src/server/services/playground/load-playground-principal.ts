import type { KeyRecord } from "../../gateway/auth/api-key-cache";
import { db } from "../../db/client";
import type { ProjectScope } from "../scope";

/**
 * The gateway principal for a signed-in member trying models in the dashboard: the project's own settings (mode,
 * cache, routing rules, body retention) exactly as an API key of that project would carry them, but no key — so no
 * key limits, expiry or allow-list, and the request log shows `apiKeyId: null`. Spending is still bounded by the
 * organization's credits (pay-before-call holds), the same as for any key without a spend limit.
 */
export async function loadPlaygroundPrincipal(scope: ProjectScope): Promise<KeyRecord> {
  const project = await db().project.findUniqueOrThrow({
    where: { id: scope.projectId },
    select: { organizationId: true, mode: true, cacheEnabled: true, cacheTtlSeconds: true, routingConfig: true, retainBodies: true },
  });
  return {
    apiKeyId: null,
    projectId: scope.projectId,
    organizationId: project.organizationId,
    mode: project.mode,
    expiresAt: null,
    revokedAt: null,
    spendLimitUsd: null,
    spendPeriod: "lifetime",
    rateLimitRpm: null,
    rateLimitTpm: null,
    allowedModels: [],
    cacheEnabled: project.cacheEnabled,
    cacheTtlSeconds: project.cacheTtlSeconds,
    routingConfig: project.routingConfig,
    retainBodies: project.retainBodies,
  };
}
