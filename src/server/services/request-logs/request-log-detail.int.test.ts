import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import type { Prisma } from "@/generated/prisma/client";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import type { RoutingDecision } from "../../gateway/routing/plan-route";

const isNotFound = (error: unknown) => error instanceof TRPCError && error.code === "NOT_FOUND";

const DECISION: RoutingDecision = {
  reason: "scored",
  models: ["llama-3.3-70b"],
  candidates: [
    {
      provider: "groq",
      providerModel: "llama-3.3-70b-versatile",
      credentialSource: "byok",
      score: 0.93,
      terms: { uptime: 1, throughput: 1, price: 0.65, latency: 1 },
      inputs: { uptime: 1, tokensPerSecond: 310, ttftMs: 180, pricePerToken: 0.00000138, samples: 40 },
    },
    { provider: "together", providerModel: "meta-llama/Llama-3.3-70B-Instruct-Turbo", credentialSource: "platform", score: 0.71 },
  ],
  winner: "groq",
  attempts: [
    { provider: "groq", model: "llama-3.3-70b", credentialSource: "byok", status: 503, durationMs: 40, error: "upstream_overloaded" },
    { provider: "together", model: "llama-3.3-70b", credentialSource: "platform", status: 200, durationMs: 900 },
  ],
};

async function insertLog(user: { organizationId: string; projectId: string }, data: Partial<Prisma.RequestLogUncheckedCreateInput> = {}) {
  return db().requestLog.create({
    data: {
      requestId: "req_detail",
      organizationId: user.organizationId,
      projectId: user.projectId,
      endpoint: "chat.completions",
      requestedModel: "llama-3.3-70b",
      status: 200,
      latencyMs: 950,
      ...data,
    },
  });
}

test("a request log row comes back in full: exact costs, tokens, metadata, cache status and the routing decision", async () => {
  const user = await createTestUser();
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Backend" });
  const row = await insertLog(user, {
    apiKeyId: apiKey.id,
    modelId: "llama-3.3-70b",
    providerId: "together",
    providerModel: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    credentialSource: "platform",
    finishReason: "stop",
    promptTokens: 1200,
    cachedTokens: 1000,
    cacheWriteTokens: 50,
    completionTokens: 300,
    reasoningTokens: 20,
    inputCost: "0.000176",
    cachedInputCost: "0.00000000001",
    cacheWriteCost: "0.0000125",
    outputCost: "0.000264",
    totalCost: "0.00045251",
    ttftMs: 310,
    retries: 1,
    cacheStatus: "miss",
    metadata: { team: "search", source: "my-app" },
    routing: DECISION as unknown as Prisma.InputJsonObject,
  });

  const detail = await user.caller.requestLogs.get({ projectId: user.projectId, requestLogId: row.id });
  assert.equal(detail.id, row.id);
  assert.equal(detail.apiKeyName, "Backend");
  assert.deepEqual(
    [detail.inputCost, detail.cachedInputCost, detail.cacheWriteCost, detail.outputCost, detail.totalCost],
    ["0.000176", "0.00000000001", "0.0000125", "0.000264", "0.00045251"],
    "exact decimals, never exponent notation",
  );
  assert.deepEqual([detail.promptTokens, detail.cachedTokens, detail.cacheWriteTokens, detail.completionTokens, detail.reasoningTokens], [1200, 1000, 50, 300, 20]);
  assert.deepEqual([detail.retries, detail.cacheStatus, detail.ttftMs, detail.finishReason], [1, "miss", 310, "stop"]);
  assert.deepEqual(detail.metadata, { team: "search", source: "my-app" });
  assert.deepEqual(detail.routing, DECISION);
  assert.equal(detail.unreadableRouting, null);

  const { items } = await user.caller.requestLogs.list({ projectId: user.projectId });
  assert.deepEqual([items[0]!.retries, items[0]!.cacheStatus], [1, "miss"], "the list carries what its badges need");
});

test("a cache hit has no routing decision; a decision of an unknown shape is returned raw", async () => {
  const user = await createTestUser();
  const hit = await insertLog(user, { cacheStatus: "hit" });
  const odd = await insertLog(user, { routing: { chosen: "groq" } });
  const hitDetail = await user.caller.requestLogs.get({ projectId: user.projectId, requestLogId: hit.id });
  assert.deepEqual([hitDetail.cacheStatus, hitDetail.routing, hitDetail.unreadableRouting, hitDetail.apiKeyName], ["hit", null, null, null]);
  const oddDetail = await user.caller.requestLogs.get({ projectId: user.projectId, requestLogId: odd.id });
  assert.equal(oddDetail.routing, null);
  assert.deepEqual(oddDetail.unreadableRouting, { chosen: "groq" });
});

test("another project's row, even in the same organization, and unknown ids are NOT_FOUND", async () => {
  const user = await createTestUser();
  const other = await createTestUser("other");
  const secondProject = await user.caller.projects.create({ organizationId: user.organizationId, name: "Second" });
  const foreign = await insertLog(other);
  const sibling = await insertLog({ organizationId: user.organizationId, projectId: secondProject.id });

  await assert.rejects(user.caller.requestLogs.get({ projectId: user.projectId, requestLogId: foreign.id }), isNotFound);
  await assert.rejects(user.caller.requestLogs.get({ projectId: user.projectId, requestLogId: sibling.id }), isNotFound);
  await assert.rejects(user.caller.requestLogs.get({ projectId: user.projectId, requestLogId: "nope" }), isNotFound);
  await assert.rejects(other.caller.requestLogs.get({ projectId: user.projectId, requestLogId: sibling.id }), isNotFound);
  assert.equal((await user.caller.requestLogs.get({ projectId: secondProject.id, requestLogId: sibling.id })).id, sibling.id);
});
