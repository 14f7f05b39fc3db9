import { db } from "../../db/client";
import { AppError } from "../../errors";
import type { ProjectScope } from "../scope";
import { readRoutingDecision } from "./routing-decision-view";

/**
 * One request-log row in full, for the detail panel, with the bodies when they were kept; a row of another project
 * is NOT_FOUND.
 */
export async function getRequestLog(scope: ProjectScope, requestLogId: string) {
  const row = await db().requestLog.findFirst({ where: { id: requestLogId, projectId: scope.projectId } });
  if (!row) throw new AppError("NOT_FOUND", "Request not found.");
  const [apiKey, project] = await Promise.all([
    row.apiKeyId ? db().apiKey.findFirst({ where: { id: row.apiKeyId, projectId: scope.projectId }, select: { name: true } }) : null,
    db().project.findUniqueOrThrow({ where: { id: scope.projectId }, select: { retainBodies: true } }),
  ]);
  const { inputCost, cachedInputCost, cacheWriteCost, outputCost, totalCost, routing, ...rest } = row;
  const decision = routing === null ? null : readRoutingDecision(routing);
  return {
    ...rest,
    apiKeyName: apiKey?.name ?? null,
    // The project's setting now, which tells "retention is off" apart from "this row has no body".
    projectRetainsBodies: project.retainBodies,
    // Exact decimal strings (toFixed never uses exponent notation): a float would round them.
    inputCost: inputCost.toFixed(),
    cachedInputCost: cachedInputCost.toFixed(),
    cacheWriteCost: cacheWriteCost.toFixed(),
    outputCost: outputCost.toFixed(),
    totalCost: totalCost.toFixed(),
    routing: decision,
    // Only when the stored decision has a shape this version cannot read: shown as it is.
    unreadableRouting: routing !== null && decision === null ? routing : null,
  };
}
export type RequestLogDetail = Awaited<ReturnType<typeof getRequestLog>>;
