import type { Prisma } from "@/generated/prisma/client";
import type { RequestLogCursor } from "./request-log-cursor";
import { PLAYGROUND_KEY, type RequestLogFilters, type StatusClass } from "./request-log-filters";

const STATUS_RANGES: Record<StatusClass, { gte: number; lte: number }> = {
  "2xx": { gte: 200, lte: 299 },
  "4xx": { gte: 400, lte: 499 },
  "5xx": { gte: 500, lte: 599 },
};

const earlier = (a: Date | undefined, b: Date) => (a && a.getTime() < b.getTime() ? a : b);

/**
 * The rows of one project that pass the filters, after the cursor when there is one. The project id and one
 * createdAt range always lead, so PostgreSQL walks the (projectId, createdAt DESC) index from the newest matching
 * time and checks every other filter on the rows it reads: no filter can turn a page into a scan of the table.
 */
export function requestLogWhere(projectId: string, filters: RequestLogFilters, after?: RequestLogCursor | null): Prisma.RequestLogWhereInput {
  const createdAt: Prisma.DateTimeFilter<"RequestLog"> = {};
  if (filters.from) createdAt.gte = filters.from;
  if (filters.to) createdAt.lte = filters.to;
  const and: Prisma.RequestLogWhereInput[] = [];
  if (after) {
    // `createdAt <= cursor` bounds the index range; the OR then breaks ties inside the cursor's millisecond.
    createdAt.lte = earlier(filters.to, after.createdAt);
    and.push({ OR: [{ createdAt: { lt: after.createdAt } }, { id: { lt: after.id } }] });
  }
  if (filters.model) and.push({ OR: [{ requestedModel: filters.model }, { modelId: filters.model }] });

  return {
    projectId,
    ...(Object.keys(createdAt).length > 0 ? { createdAt } : {}),
    ...(filters.provider ? { providerId: filters.provider } : {}),
    ...(filters.apiKeyId ? { apiKeyId: filters.apiKeyId === PLAYGROUND_KEY ? null : filters.apiKeyId } : {}),
    ...(filters.status === undefined ? {} : { status: typeof filters.status === "number" ? filters.status : STATUS_RANGES[filters.status] }),
    ...(filters.cached ? { cacheStatus: filters.cached } : {}),
    ...(filters.streamed === undefined ? {} : { streamed: filters.streamed }),
    ...(and.length > 0 ? { AND: and } : {}),
  };
}

/** Newest first; the id breaks ties between rows written in the same millisecond. */
export const REQUEST_LOG_ORDER: Prisma.RequestLogOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
