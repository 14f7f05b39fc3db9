import type { Prisma } from "@/generated/prisma/client";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { authorizeProject } from "../organizations/authorize";
import type { ProjectScope } from "../scope";
import { CSV_HEADER, fileNameSlug, requestLogCsvLine, truncationNote } from "./request-log-csv";
import type { RequestLogCursor } from "./request-log-cursor";
import { filtersFromSearchParams } from "./request-log-filter-params";
import type { RequestLogFilters } from "./request-log-filters";
import { REQUEST_LOG_ORDER, requestLogWhere } from "./request-log-where";

export const EXPORT_ROW_LIMIT = 100_000;
const BATCH_ROWS = 1_000;
// Excel reads a CSV without a byte-order mark as the local code page and garbles non-ASCII model names.
const UTF8_BOM = "\uFEFF";

const exportSelect = {
  createdAt: true,
  id: true,
  requestId: true,
  apiKeyId: true,
  endpoint: true,
  requestedModel: true,
  modelId: true,
  providerId: true,
  providerModel: true,
  credentialSource: true,
  streamed: true,
  status: true,
  errorCode: true,
  errorMessage: true,
  finishReason: true,
  cacheStatus: true,
  retries: true,
  promptTokens: true,
  completionTokens: true,
  cachedTokens: true,
  cacheWriteTokens: true,
  reasoningTokens: true,
  tokensEstimated: true,
  inputCost: true,
  cachedInputCost: true,
  cacheWriteCost: true,
  outputCost: true,
  totalCost: true,
  latencyMs: true,
  ttftMs: true,
  metadata: true,
} satisfies Prisma.RequestLogSelect;

export type RequestLogExport = { fileName: string; rowLimit: number; body: ReadableStream<Uint8Array> };

/**
 * Checks the session and the project membership, reads the filters from the export link's search parameters
 * (the same names as the page's address) and returns the CSV as a stream. Invalid filters are refused rather than
 * ignored: a file that silently holds more rows than the page showed would be worse than an error.
 */
export async function startRequestLogExport(
  actor: { userId: string | null; ip?: string | null },
  params: URLSearchParams,
  options: { rowLimit?: number; now?: Date } = {},
): Promise<RequestLogExport> {
  if (!actor.userId) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  const projectId = params.get("projectId");
  if (!projectId || projectId.length > 64) throw new AppError("BAD_REQUEST", "projectId is required", "projectId");
  const scope = await authorizeProject({ userId: actor.userId, ip: actor.ip }, projectId);
  const { filters, problems } = filtersFromSearchParams(params);
  const problem = problems[0];
  if (problem) throw new AppError("BAD_REQUEST", problem.message, problem.name);

  const project = await db().project.findUniqueOrThrow({ where: { id: scope.projectId }, select: { name: true } });
  const date = (options.now ?? new Date()).toISOString().slice(0, 10);
  const rowLimit = options.rowLimit ?? EXPORT_ROW_LIMIT;
  return { fileName: `requests-${fileNameSlug(project.name)}-${date}.csv`, rowLimit, body: csvStream(scope, filters, rowLimit) };
}

/** Pages through the rows by the same (createdAt, id) cursor as the list, one batch per pull of the reader. */
function csvStream(scope: ProjectScope, filters: RequestLogFilters, rowLimit: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let keyNames: Map<string, string> | null = null;
  let after: RequestLogCursor | null = null;
  let written = 0;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // Names of every key of the project, once: a project has few keys and the rows only carry ids.
      const keys = await db().apiKey.findMany({ where: { projectId: scope.projectId }, select: { id: true, name: true } });
      keyNames = new Map(keys.map((key) => [key.id, key.name]));
      controller.enqueue(encoder.encode(UTF8_BOM + CSV_HEADER));
    },
    async pull(controller) {
      const take = Math.min(BATCH_ROWS, rowLimit - written);
      // One extra row tells a file that reached the limit apart from one that ended exactly there.
      const rows = await db().requestLog.findMany({
        where: requestLogWhere(scope.projectId, filters, after),
        orderBy: REQUEST_LOG_ORDER,
        take: take + 1,
        select: exportSelect,
      });
      const batch = rows.slice(0, take);
      const text = batch
        .map(({ inputCost, cachedInputCost, cacheWriteCost, outputCost, totalCost, ...row }) =>
          requestLogCsvLine({
            ...row,
            apiKeyName: row.apiKeyId ? (keyNames?.get(row.apiKeyId) ?? null) : null,
            // toFixed: exact decimal digits, never exponent notation.
            inputCost: inputCost.toFixed(),
            cachedInputCost: cachedInputCost.toFixed(),
            cacheWriteCost: cacheWriteCost.toFixed(),
            outputCost: outputCost.toFixed(),
            totalCost: totalCost.toFixed(),
          }),
        )
        .join("");
      written += batch.length;
      const last = batch.at(-1);
      after = last ? { createdAt: last.createdAt, id: last.id } : after;
      const more = rows.length > take;
      if (text) controller.enqueue(encoder.encode(text));
      if (!more) return controller.close();
      if (written >= rowLimit) {
        controller.enqueue(encoder.encode(truncationNote(rowLimit)));
        controller.close();
      }
    },
  });
}
