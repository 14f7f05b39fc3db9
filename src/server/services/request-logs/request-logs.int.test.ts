import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";

async function insertLogs(user: { organizationId: string; projectId: string }, count: number, createdAt: (index: number) => Date) {
  await db().requestLog.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      requestId: `req_${index}`,
      createdAt: createdAt(index),
      organizationId: user.organizationId,
      projectId: user.projectId,
      endpoint: "/v1/chat/completions",
      requestedModel: "gpt-4o-mini",
      providerId: "openai",
      providerModel: "gpt-4o-mini-2024-07-18",
      credentialSource: "platform" as const,
      status: 200,
      promptTokens: 100,
      completionTokens: 20,
      inputCost: "0.000015",
      outputCost: "0.000012",
      totalCost: "0.000027",
      latencyMs: 420,
      ttftMs: 120,
    })),
  });
}

test("request logs page newest first without skipping or repeating rows that share a timestamp", async () => {
  const user = await createTestUser();
  const other = await createTestUser();
  const base = Date.parse("2025-06-01T12:00:00.000Z");
  // Groups of three rows share one millisecond, so only the id can order them.
  await insertLogs(user, 12, (index) => new Date(base + Math.floor(index / 3) * 1000));
  await insertLogs(other, 3, () => new Date(base + 10_000));

  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await user.caller.requestLogs.list({ projectId: user.projectId, limit: 5, cursor });
    seen.push(...page.items.map((item) => item.requestId));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  assert.equal(pages, 3);
  assert.equal(seen.length, 12);
  assert.equal(new Set(seen).size, 12, "no row repeats across pages");

  const all = await user.caller.requestLogs.list({ projectId: user.projectId, limit: 100 });
  const expected = (await db().requestLog.findMany({ where: { projectId: user.projectId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] })).map((row) => row.requestId);
  assert.deepEqual(seen, expected);
  assert.equal(all.nextCursor, undefined);
  assert.equal(all.items[0]!.createdAt.getTime(), base + 3000);
});

test("a row carries exact costs as strings and the fields the dashboard shows", async () => {
  const user = await createTestUser();
  await insertLogs(user, 1, () => new Date());
  await db().requestLog.create({
    data: {
      requestId: "req_tiny",
      organizationId: user.organizationId,
      projectId: user.projectId,
      endpoint: "/v1/chat/completions",
      requestedModel: "claude-haiku",
      status: 502,
      errorCode: "upstream_error",
      totalCost: "0.000000015",
      latencyMs: 30,
    },
  });
  const { items } = await user.caller.requestLogs.list({ projectId: user.projectId });
  const [tiny, normal] = items;
  assert.equal(tiny!.totalCost, "0.000000015", "no exponent notation");
  assert.equal(tiny!.errorCode, "upstream_error");
  assert.equal(tiny!.ttftMs, null);
  assert.deepEqual(
    [normal!.totalCost, normal!.inputCost, normal!.outputCost, normal!.cachedInputCost, normal!.promptTokens, normal!.credentialSource],
    ["0.000027", "0.000015", "0.000012", "0", 100, "platform"],
  );
});

test("limits and cursors are validated", async () => {
  const user = await createTestUser();
  const isBadRequest = (error: TRPCError) => error.code === "BAD_REQUEST";
  await assert.rejects(user.caller.requestLogs.list({ projectId: user.projectId, limit: 0 }), isBadRequest);
  await assert.rejects(user.caller.requestLogs.list({ projectId: user.projectId, limit: 101 }), isBadRequest);
  await assert.rejects(user.caller.requestLogs.list({ projectId: user.projectId, cursor: "garbage" }), isBadRequest);
  assert.deepEqual(await user.caller.requestLogs.list({ projectId: user.projectId }), { items: [], nextCursor: undefined });
});
