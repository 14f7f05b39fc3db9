import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import OpenAI from "openai";
import { embeddingFor, startFakeProvider, type FakeProvider } from "./index";
import { pick, postJson } from "./test-support";

let provider: FakeProvider;
let client: OpenAI;

before(async () => {
  provider = await startFakeProvider({ format: "openai", apiKey: "sk-test-key" });
  client = new OpenAI({ apiKey: "sk-test-key", baseURL: provider.baseUrl, maxRetries: 0 });
});
beforeEach(() => provider.reset());
after(() => provider.close());

const weatherTool = {
  type: "function" as const,
  function: {
    name: "get_weather",
    description: "Current weather",
    parameters: {
      type: "object",
      properties: { location: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
      required: ["location", "unit"],
    },
  },
};

test("base URL follows the OpenAI convention", () => {
  assert.equal(provider.baseUrl, `http://127.0.0.1:${provider.port}/v1`);
});

test("non-streaming chat echoes the last user message with deterministic usage", async () => {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: "hello there world" },
    ],
  });
  assert.equal(completion.object, "chat.completion");
  assert.equal(completion.model, "gpt-4o-mini");
  assert.match(completion.id, /^chatcmpl-/);
  assert.equal(completion.choices[0]?.message.content, "Echo: hello there world");
  assert.equal(completion.choices[0]?.finish_reason, "stop");
  // ceil((9 + 17) chars / 4) = 7 prompt tokens; 4 words emitted.
  assert.deepEqual(
    { prompt: completion.usage?.prompt_tokens, completion: completion.usage?.completion_tokens, total: completion.usage?.total_tokens },
    { prompt: 7, completion: 4, total: 11 },
  );
  const recorded = provider.requests[0];
  assert.equal(recorded?.path, "/v1/chat/completions");
  assert.equal(recorded?.headers.authorization, "Bearer sk-test-key");
  assert.equal(pick(recorded?.body, "model"), "gpt-4o-mini");
  assert.equal(recorded?.completed, true);
});

test("streaming chat sends role, content deltas, finish, then a usage chunk with empty choices", async () => {
  const stream = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "one two three four five six seven" }],
    stream: true,
    stream_options: { include_usage: true },
  });
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);

  assert.ok(chunks.every((chunk) => chunk.object === "chat.completion.chunk" && chunk.model === "gpt-4o-mini"));
  assert.deepEqual(chunks[0]?.choices[0]?.delta, { role: "assistant", content: "", refusal: null });
  const contentChunks = chunks.filter((chunk) => chunk.choices[0]?.delta.content);
  assert.ok(contentChunks.length >= 3, "text arrives in several chunks");
  assert.equal(contentChunks.map((chunk) => chunk.choices[0]?.delta.content).join(""), "Echo: one two three four five six seven");
  const finish = chunks.at(-2);
  assert.equal(finish?.choices[0]?.finish_reason, "stop");
  assert.equal(finish?.usage, null);
  const usageChunk = chunks.at(-1);
  assert.deepEqual(usageChunk?.choices, []);
  assert.equal(usageChunk?.usage?.completion_tokens, 8);
  assert.equal(usageChunk?.usage?.prompt_tokens, Math.ceil("one two three four five six seven".length / 4));
});

test("streaming without include_usage has no usage chunk and ends with [DONE]", async () => {
  const response = await postJson(
    `${provider.baseUrl}/chat/completions`,
    { model: "gpt-4o", stream: true, messages: [{ role: "user", content: "hi" }] },
    { authorization: "Bearer sk-test-key" },
  );
  assert.match(response.headers.get("content-type") ?? "", /^text\/event-stream/);
  const raw = await response.text();
  const frames = raw.split("\n\n").filter(Boolean);
  assert.equal(frames.at(-1), "data: [DONE]");
  assert.ok(frames.every((frame) => frame.startsWith("data: ")));
  assert.ok(!raw.includes('"usage"'));
});

test("tools: the reply is a tool call for the first tool, and a tool result gets a text answer", async () => {
  const first = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "Weather in Paris?" }],
    tools: [weatherTool],
  });
  const choice = first.choices[0];
  assert.equal(choice?.finish_reason, "tool_calls");
  assert.equal(choice?.message.content, null);
  const call = choice?.message.tool_calls?.[0];
  assert.ok(call && call.type === "function");
  assert.match(call.id, /^call_[A-Za-z0-9]{24}$/);
  assert.equal(call.function.name, "get_weather");
  assert.deepEqual(JSON.parse(call.function.arguments), { location: "example location", unit: "celsius" });

  const second = await client.chat.completions.create({
    model: "gpt-4o-mini",
    tools: [weatherTool],
    messages: [
      { role: "user", content: "Weather in Paris?" },
      { role: "assistant", content: null, tool_calls: [call] },
      { role: "tool", tool_call_id: call.id, content: '{"temperature":21}' },
    ],
  });
  assert.equal(second.choices[0]?.finish_reason, "stop");
  assert.equal(second.choices[0]?.message.content, 'Tool result received: {"temperature":21}');

  const declined = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "no tools please" }],
    tools: [weatherTool],
    tool_choice: "none",
  });
  assert.equal(declined.choices[0]?.message.content, "Echo: no tools please");
});

test("tools: streamed tool call has index, id, type and name first, then argument fragments", async () => {
  const stream = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "Weather in Paris?" }],
    tools: [weatherTool],
    stream: true,
  });
  const deltas = [];
  let finishReason: string | null | undefined;
  for await (const chunk of stream) {
    for (const toolCall of chunk.choices[0]?.delta.tool_calls ?? []) deltas.push(toolCall);
    finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
  }
  const [opening, ...fragments] = deltas;
  assert.equal(opening?.index, 0);
  assert.match(opening?.id ?? "", /^call_/);
  assert.equal(opening?.type, "function");
  assert.equal(opening?.function?.name, "get_weather");
  assert.equal(opening?.function?.arguments, "");
  assert.ok(fragments.length > 1, "arguments arrive in fragments");
  assert.ok(fragments.every((fragment) => fragment.index === 0 && fragment.id === undefined));
  const args = fragments.map((fragment) => fragment.function?.arguments ?? "").join("");
  assert.deepEqual(JSON.parse(args), { location: "example location", unit: "celsius" });
  assert.equal(finishReason, "tool_calls");
});

test("max_tokens / max_completion_tokens truncate with finish_reason length", async () => {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "a b c d e f" }],
    max_tokens: 3,
  });
  assert.equal(completion.choices[0]?.message.content, "Echo: a b");
  assert.equal(completion.choices[0]?.finish_reason, "length");
  assert.equal(completion.usage?.completion_tokens, 3);

  const stream = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "a b c d e f" }],
    max_completion_tokens: 2,
    stream: true,
  });
  let text = "";
  let finishReason: string | null | undefined;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta.content ?? "";
    finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
  }
  assert.equal(text, "Echo: a");
  assert.equal(finishReason, "length");
});

test("embeddings: the SDK default (base64) and float encodings decode to the same deterministic vectors", async () => {
  const viaBase64 = await client.embeddings.create({ model: "text-embedding-3-small", input: ["alpha", "beta"] });
  assert.equal(pick(provider.requests[0]?.body, "encoding_format"), "base64");
  const viaFloat = await client.embeddings.create({ model: "text-embedding-3-small", input: "alpha", encoding_format: "float" });

  assert.equal(viaBase64.object, "list");
  assert.equal(viaBase64.model, "text-embedding-3-small");
  assert.equal(viaBase64.data.length, 2);
  assert.deepEqual(viaBase64.data[0]?.embedding, embeddingFor("alpha"));
  assert.deepEqual(viaBase64.data[1]?.embedding, embeddingFor("beta"));
  assert.deepEqual(viaFloat.data[0]?.embedding, viaBase64.data[0]?.embedding);
  assert.equal(viaFloat.data[0]?.embedding.length, 8);
  assert.notDeepEqual(embeddingFor("alpha"), embeddingFor("beta"));
  // Tokens are counted per input: ceil(5 / 4) + ceil(4 / 4).
  assert.deepEqual(viaBase64.usage, { prompt_tokens: 3, total_tokens: 3 });

  const wider = await client.embeddings.create({ model: "text-embedding-3-small", input: "alpha", dimensions: 32 });
  assert.equal(wider.data[0]?.embedding.length, 32);
});

test("models: list and retrieve", async () => {
  const ids = [];
  for await (const model of client.models.list()) ids.push(model.id);
  assert.deepEqual(ids, ["gpt-4o-mini", "gpt-4o", "text-embedding-3-small"]);
  const model = await client.models.retrieve("gpt-4o");
  assert.deepEqual(model, { id: "gpt-4o", object: "model", created: 1_700_000_000, owned_by: "system" });
});

test("auth: wrong key is rejected with invalid_api_key; missing key with the real message", async () => {
  const wrong = new OpenAI({ apiKey: "sk-wrong-key-123", baseURL: provider.baseUrl, maxRetries: 0 });
  await assert.rejects(
    wrong.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
    (error: unknown) => error instanceof OpenAI.AuthenticationError && error.status === 401 && error.code === "invalid_api_key",
  );
  const missing = await postJson(`${provider.baseUrl}/chat/completions`, { model: "gpt-4o-mini", messages: [] }, {});
  assert.equal(missing.status, 401);
  const body: unknown = await missing.json();
  assert.match(String(pick(body, "error", "message")), /You didn't provide an API key/);
  assert.deepEqual(Object.keys(pick(body, "error") ?? {}), ["message", "type", "param", "code"]);
});

test("request validation and the optional model allow-list answer in the OpenAI error shape", async () => {
  await assert.rejects(
    client.chat.completions.create({ model: "", messages: [{ role: "user", content: "hi" }] }),
    (error: unknown) => error instanceof OpenAI.BadRequestError && /model parameter/.test(error.message),
  );
  const restricted = await startFakeProvider({ format: "openai", models: ["gpt-4o"] });
  try {
    const restrictedClient = new OpenAI({ apiKey: "any", baseURL: restricted.baseUrl, maxRetries: 0 });
    await assert.rejects(
      restrictedClient.chat.completions.create({ model: "gpt-5", messages: [{ role: "user", content: "hi" }] }),
      (error: unknown) => error instanceof OpenAI.NotFoundError && error.code === "model_not_found",
    );
    const ok = await restrictedClient.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });
    assert.equal(ok.choices[0]?.message.content, "Echo: hi");
  } finally {
    await restricted.close();
  }
  const badJson = await fetch(`${provider.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { authorization: "Bearer sk-test-key", "content-type": "application/json" },
    body: "{not json",
  });
  assert.equal(badJson.status, 400);
  assert.equal(pick(await badJson.json(), "error", "type"), "invalid_request_error");
});
