import { AppError } from "../../errors";

// The cursor carries the last row's sort key itself (not just its id), so a page boundary needs no lookup and
// stays valid even if that row is gone by the time the next page is asked for.
export type RequestLogCursor = { createdAt: Date; id: string };

export function encodeRequestLogCursor(cursor: RequestLogCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

export function decodeRequestLogCursor(value: string): RequestLogCursor {
  const [time, id, ...rest] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const createdAt = new Date(time ?? "");
  if (!id || rest.length > 0 || Number.isNaN(createdAt.getTime())) throw new AppError("BAD_REQUEST", "Invalid cursor.", "cursor");
  return { createdAt, id };
}
