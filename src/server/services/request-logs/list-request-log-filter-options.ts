import { db } from "../../db/client";
import type { ProjectScope } from "../scope";
import { PLAYGROUND_KEY } from "./request-log-filters";

const WINDOW_DAYS = 30;
// Both bounds keep this cheap on a busy project: the newest rows of the window are read through the
// (projectId, createdAt DESC) index, and each list is cut to the values used most.
const SCANNED_ROWS = 50_000;
const MAX_VALUES = 100;

type Combination = { requestedModel: string; modelId: string | null; providerId: string | null; apiKeyId: string | null; status: number; uses: number };

function mostUsed<T>(combinations: Combination[], pick: (row: Combination) => Array<T | null>): T[] {
  const uses = new Map<T, number>();
  for (const row of combinations) for (const value of new Set(pick(row))) if (value !== null) uses.set(value, (uses.get(value) ?? 0) + row.uses);
  return [...uses.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_VALUES)
    .map(([value]) => value);
}

/** The models, providers, API keys and statuses seen in the project's last 30 days, for the filter bar. */
export async function listRequestLogFilterOptions(scope: ProjectScope, now = new Date()) {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const combinations = await db().$queryRaw<Combination[]>`
    SELECT "requestedModel", "modelId", "providerId", "apiKeyId", "status", count(*)::int AS "uses"
    FROM (
      SELECT "requestedModel", "modelId", "providerId", "apiKeyId", "status" FROM "RequestLog"
      WHERE "projectId" = ${scope.projectId} AND "createdAt" >= ${since}
      ORDER BY "createdAt" DESC
      LIMIT ${SCANNED_ROWS}
    ) AS recent
    GROUP BY 1, 2, 3, 4, 5`;

  const keyIds = mostUsed(combinations, (row) => [row.apiKeyId]);
  const keys = await db().apiKey.findMany({ where: { projectId: scope.projectId, id: { in: keyIds } }, select: { id: true, name: true, revokedAt: true } });
  const byId = new Map(keys.map((key) => [key.id, key]));
  const sortText = (values: string[]) => values.sort((a, b) => a.localeCompare(b));
  return {
    windowDays: WINDOW_DAYS,
    models: sortText(mostUsed(combinations, (row) => [row.requestedModel, row.modelId])),
    providers: sortText(mostUsed(combinations, (row) => [row.providerId])),
    apiKeys: [
      ...keyIds
        .map((id) => ({ id, name: byId.get(id)?.name ?? "Deleted key", revoked: byId.get(id)?.revokedAt != null }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      ...(combinations.some((row) => row.apiKeyId === null) ? [{ id: PLAYGROUND_KEY, name: "Playground (no API key)", revoked: false }] : []),
    ],
    statuses: mostUsed(combinations, (row) => [row.status]).sort((a, b) => a - b),
  };
}
export type RequestLogFilterOptions = Awaited<ReturnType<typeof listRequestLogFilterOptions>>;
