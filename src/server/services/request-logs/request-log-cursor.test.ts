import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeRequestLogCursor, encodeRequestLogCursor } from "./request-log-cursor";

test("a cursor round-trips the row's time and id, and garbage is a BAD_REQUEST", () => {
  const cursor = { createdAt: new Date("2025-06-01T12:00:00.123Z"), id: "cm0abc123" };
  assert.deepEqual(decodeRequestLogCursor(encodeRequestLogCursor(cursor)), cursor);
  for (const garbage of ["", "garbage", Buffer.from("not-a-date|id").toString("base64url"), Buffer.from("2025-06-01T12:00:00Z|").toString("base64url")]) {
    assert.throws(() => decodeRequestLogCursor(garbage), (error: Error & { code?: string }) => error.code === "BAD_REQUEST");
  }
});
