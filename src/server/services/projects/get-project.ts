import { db } from "../../db/client";
import type { ProjectScope } from "../scope";
import { presentRoutingConfig } from "./parse-routing-config";

/** The project's settings as the settings page edits them; developers may read them too. */
export async function getProject(scope: ProjectScope) {
  const project = await db().project.findFirstOrThrow({
    where: { id: scope.projectId, organizationId: scope.organizationId },
    select: { id: true, name: true, mode: true, cacheEnabled: true, cacheTtlSeconds: true, routingConfig: true, retainBodies: true },
  });
  return { ...project, routingConfig: presentRoutingConfig(project.routingConfig) };
}
