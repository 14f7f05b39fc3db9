import assert from "node:assert/strict";
import { test } from "node:test";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import { RequestLogWriter } from "./request-log-writer";

test("a batch keeps every value as given: exact costs, JSON, nulls, and text with U+0000 (replaced, not failing the batch)", async () => {
  const user = await createTestUser("log-writer");
  const target = { organizationId: user.organizationId, projectId: user.projectId };
  const writer = new RequestLogWriter();
  const createdAt = new Date("2026-03-04T05:06:07.089Z");
  writer.append({
    ...target,
    requestId: "req_full",
    createdAt,
    endpoint: "chat.completions",
    requestedModel: "openai/gpt-4o-mini",
    modelId: "gpt-4o-mini",
    providerId: "openai",
    providerModel: "gpt-4o-mini-2024-07-18",
    credentialSource: "platform",
    streamed: true,
    status: 200,
    finishReason: "stop",
    promptTokens: 10,
    completionTokens: 7,
    inputCost: "0.0000015",
    outputCost: "0.0000042",
    totalCost: "0.000005700001",
    latencyMs: 12,
    ttftMs: 3,
    metadata: { team: "search", "quote\"d": "a\\b" },
    routing: { reason: "scored", candidates: [{ provider: "openai", score: 0.5 }] },
    retries: 1,
    cacheStatus: "miss",
    requestBody: { messages: [{ role: "user", content: "nul \u0000 inside" }] },
    responseBody: "data: one\u0000two\n\n",
  });
  writer.append({ ...target, requestId: "req_bare", endpoint: "embeddings", requestedModel: "x", status: 401, latencyMs: 1, errorCode: "invalid_api_key", errorMessage: "bad \u0000 key" });
  await writer.flush();
  assert.equal(writer.size, 0);

  const full = await db().requestLog.findFirstOrThrow({ where: { requestId: "req_full" } });
  assert.equal(full.createdAt.toISOString(), createdAt.toISOString());
  assert.equal(full.credentialSource, "platform");
  assert.equal(full.streamed, true);
  assert.equal(full.totalCost.toFixed(12), "0.000005700001");
  assert.equal(full.inputCost.toString(), "0.0000015");
  assert.deepEqual(full.metadata, { team: "search", "quote\"d": "a\\b" });
  assert.deepEqual(full.routing, { reason: "scored", candidates: [{ provider: "openai", score: 0.5 }] });
  assert.deepEqual(full.requestBody, { messages: [{ role: "user", content: "nul \uFFFD inside" }] });
  assert.equal(full.responseBody, "data: one\uFFFDtwo\n\n");
  assert.equal(full.ttftMs, 3);

  const bare = await db().requestLog.findFirstOrThrow({ where: { requestId: "req_bare" } });
  assert.equal(bare.metadata, null);
  assert.equal(bare.routing, null);
  assert.equal(bare.requestBody, null);
  assert.equal(bare.providerId, null);
  assert.equal(bare.credentialSource, null);
  assert.equal(bare.ttftMs, null);
  assert.equal(bare.totalCost.toString(), "0");
  assert.equal(bare.errorMessage, "bad \uFFFD key");
});
