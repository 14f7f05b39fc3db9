import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../../db/client";
import type { ProjectScope } from "../scope";
import { decodeRequestLogCursor, encodeRequestLogCursor } from "./request-log-cursor";
import { requestLogFilterFields, withValidTimeRange } from "./request-log-filters";
import { REQUEST_LOG_ORDER, requestLogWhere } from "./request-log-where";

export const listRequestLogsSchema = withValidTimeRange(
  requestLogFilterFields.extend({
    cursor: z.string().max(200, "Invalid cursor").optional(),
    limit: z.number().int().min(1).max(100).default(50),
  }),
);
export type ListRequestLogsInput = z.infer<typeof listRequestLogsSchema>;

const requestLogSelect = {
  id: true,
  requestId: true,
  createdAt: true,
  apiKeyId: true,
  requestedModel: true,
  providerId: true,
  providerModel: true,
  credentialSource: true,
  streamed: true,
  status: true,
  errorCode: true,
  errorMessage: true,
  finishReason: true,
  promptTokens: true,
  completionTokens: true,
  cachedTokens: true,
  reasoningTokens: true,
  tokensEstimated: true,
  inputCost: true,
  cachedInputCost: true,
  outputCost: true,
  totalCost: true,
  latencyMs: true,
  ttftMs: true,
  retries: true,
  cacheStatus: true,
} satisfies Prisma.RequestLogSelect;

type RequestLogRow = Prisma.RequestLogGetPayload<{ select: typeof requestLogSelect }>;

// Costs leave as plain decimal strings (toFixed, never exponent notation): a float would round them.
function toRequestLogView({ inputCost, cachedInputCost, outputCost, totalCost, ...row }: RequestLogRow) {
  return {
    ...row,
    inputCost: inputCost.toFixed(),
    cachedInputCost: cachedInputCost.toFixed(),
    outputCost: outputCost.toFixed(),
    totalCost: totalCost.toFixed(),
  };
}
export type RequestLogView = ReturnType<typeof toRequestLogView>;

/**
 * The rows that pass the filters, newest first, paged by (createdAt, id) so rows written in the same millisecond
 * are neither skipped nor repeated. A cursor is only meaningful with the filters it was issued for.
 */
export async function listRequestLogs(scope: ProjectScope, input: ListRequestLogsInput) {
  const { cursor, limit, ...filters } = input;
  const after = cursor ? decodeRequestLogCursor(cursor) : null;
  const rows = await db().requestLog.findMany({
    where: requestLogWhere(scope.projectId, filters, after),
    orderBy: REQUEST_LOG_ORDER,
    take: limit + 1,
    select: requestLogSelect,
  });
  const hasMore = rows.length > limit;
  const items = (hasMore ? rows.slice(0, limit) : rows).map(toRequestLogView);
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeRequestLogCursor(last) : undefined };
}
