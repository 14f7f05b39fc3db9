import { clientIp } from "@/server/auth/client-ip";
import { currentUserId } from "@/server/auth/session";
import { AppError, type AppErrorCode } from "@/server/errors";
import { startRequestLogExport } from "@/server/services/request-logs/export-request-logs";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const HTTP_STATUS: Partial<Record<AppErrorCode, number>> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** GET /api/request-logs/export?projectId=…&<filters>: the filtered request log as a CSV download. */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = { userId: await currentUserId(), ip: clientIp(request.headers) };
    const exported = await startRequestLogExport(actor, new URL(request.url).searchParams);
    return new Response(exported.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${exported.fileName}"`,
        "cache-control": "no-store",
        "x-export-row-limit": String(exported.rowLimit),
      },
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Response.json({ error: { code: error.code, message: error.message, field: error.field ?? null } }, { status: HTTP_STATUS[error.code] ?? 500 });
  }
}
