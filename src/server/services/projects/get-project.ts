import { db } from "../../db/client";
import type { ProjectScope } from "../scope";

export function getProject(scope: ProjectScope) {
  return db().project.findFirstOrThrow({
    where: { id: scope.projectId, organizationId: scope.organizationId },
    select: { id: true, name: true, mode: true },
  });
}
