import assert from "node:assert/strict";
import { test } from "node:test";
import type { ChatCompletionChunk } from "@/server/providers";
import { computeCost, findModel } from "@/server/catalog";
import { answerCostUsd, formatUsd } from "./answer-cost";
import { applyChunk, applyCompletion, chunkHasOutput, initialAnswer, readError } from "./answer-state";

const chunk = (delta: ChatCompletionChunk["choices"][number]["delta"], extra: Partial<ChatCompletionChunk> = {}, finish: string | null = null): ChatCompletionChunk =>
  ({ id: "c", object: "chat.completion.chunk", created: 0, model: "m", choices: [{ index: 0, delta, finish_reason: finish }], ...extra }) as ChatCompletionChunk;

test("text deltas accumulate, usage and the finish reason are kept", () => {
  let state = initialAnswer("gpt-4o-mini");
  state = applyChunk(state, chunk({ role: "assistant", content: "" }));
  assert.equal(state.status, "streaming");
  state = applyChunk(state, chunk({ content: "Hello" }));
  state = applyChunk(state, chunk({ content: " world" }, {}, "stop"));
  state = applyChunk(state, { ...chunk({}), choices: [], usage: { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11, prompt_tokens_details: { cached_tokens: 4 } } });
  assert.equal(state.text, "Hello world");
  assert.equal(state.finishReason, "stop");
  assert.deepEqual(state.usage, { promptTokens: 9, completionTokens: 2, cachedTokens: 4, cacheWriteTokens: 0, reasoningTokens: 0 });
});

test("tool call fragments are joined per call index", () => {
  let state = initialAnswer("m");
  state = applyChunk(state, chunk({ tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "get_weather", arguments: "" } }] }));
  state = applyChunk(state, chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }, { index: 1, id: "call_2", function: { name: "get_time", arguments: "{}" } }] }));
  state = applyChunk(state, chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }, {}, "tool_calls"));
  assert.deepEqual(state.toolCalls, [
    { id: "call_1", name: "get_weather", arguments: '{"city":"Paris"}' },
    { id: "call_2", name: "get_time", arguments: "{}" },
  ]);
  assert.equal(state.finishReason, "tool_calls");
});

test("only chunks with something visible count as the first token", () => {
  assert.equal(chunkHasOutput(chunk({ role: "assistant", content: "" })), false);
  assert.equal(chunkHasOutput(chunk({ content: "x" })), true);
  assert.equal(chunkHasOutput(chunk({ tool_calls: [{ index: 0, function: { arguments: "{" } }] })), true);
});

test("a whole completion fills the answer at once", () => {
  const state = applyCompletion(initialAnswer("m"), {
    id: "x",
    object: "chat.completion",
    created: 0,
    model: "m",
    choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
  });
  assert.equal(state.text, "Hi");
  assert.equal(state.usage?.completionTokens, 1);
});

test("errors are read from the gateway envelope, with a fallback for anything else", () => {
  assert.deepEqual(readError(402, { error: { message: "Insufficient credits", type: "insufficient_quota", code: "insufficient_credits" } }), {
    status: 402,
    message: "Insufficient credits",
    code: "insufficient_credits",
  });
  assert.deepEqual(readError(502, "<html>bad gateway</html>"), { status: 502, message: "The request failed with HTTP 502.", code: null });
});

test("cost is the catalog price of the provider that served the answer, exactly as the gateway meters it", () => {
  const usage = { promptTokens: 1000, completionTokens: 500, cachedTokens: 200, cacheWriteTokens: 0, reasoningTokens: 0 };
  const offering = findModel("gpt-4o-mini")!.model.offerings.find((candidate) => candidate.providerId === "openai")!;
  const expected = computeCost(offering, { promptTokens: 1000, completionTokens: 500, cachedTokens: 200 }).totalUsd;
  assert.equal(answerCostUsd({ model: "gpt-4o-mini", provider: "openai", usage, cacheHit: false }), expected);
  assert.equal(answerCostUsd({ model: "openai/gpt-4o-mini", provider: "openai", usage, cacheHit: false }), expected);
  assert.equal(answerCostUsd({ model: "gpt-4o-mini", provider: "openai", usage, cacheHit: true }), "0");
  assert.equal(answerCostUsd({ model: "gpt-4o-mini", provider: "openai", usage: null, cacheHit: false }), null);
  assert.equal(answerCostUsd({ model: "my-llm/llama3", provider: "my-llm", usage, cacheHit: false }), null);
});

test("small costs keep their significant digits", () => {
  assert.equal(formatUsd("0"), "$0");
  assert.equal(formatUsd("0.000015"), "$0.0000150");
  assert.equal(formatUsd("1.23456"), "$1.2346");
});
