import { db } from "../../db/client";
import type { ProjectScope } from "../scope";
import { apiKeyViewSelect, toApiKeyView } from "./api-key-view";

export async function listApiKeys(scope: ProjectScope) {
  const rows = await db().apiKey.findMany({
    where: { projectId: scope.projectId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: apiKeyViewSelect,
  });
  const now = new Date();
  return rows.map((row) => toApiKeyView(row, now));
}
