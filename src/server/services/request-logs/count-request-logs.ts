import { db } from "../../db/client";
import type { ProjectScope } from "../scope";
import type { RequestLogFilters } from "./request-log-filters";
import { REQUEST_LOG_ORDER, requestLogWhere } from "./request-log-where";

/** Beyond this the page says "10,000+": an exact count of a busy project's whole history is not worth the scan. */
export const REQUEST_LOG_COUNT_CAP = 10_000;

/** How many rows pass the filters, counted up to the cap. */
export async function countRequestLogs(scope: ProjectScope, filters: RequestLogFilters) {
  // Counting in index order lets the cap stop the scan at the newest rows instead of sorting them all first.
  const count = await db().requestLog.count({ where: requestLogWhere(scope.projectId, filters), orderBy: REQUEST_LOG_ORDER, take: REQUEST_LOG_COUNT_CAP + 1 });
  return { count: Math.min(count, REQUEST_LOG_COUNT_CAP), capped: count > REQUEST_LOG_COUNT_CAP };
}
