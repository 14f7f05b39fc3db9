import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { startFakeProvider, type FakeProvider } from "./index";
import { collectSse, pick, postJson } from "./test-support";

let provider: FakeProvider;
const headers = { "x-api-key": "sk-ant-test", "anthropic-version": "2023-06-01" };

before(async () => {
  provider = await startFakeProvider({ format: "anthropic", apiKey: "sk-ant-test" });
});
beforeEach(() => provider.reset());
after(() => provider.close());

const messages = (body: Record<string, unknown>, extraHeaders: Record<string, string> = headers) =>
  postJson(`${provider.baseUrl}/v1/messages`, { model: "claude-sonnet-4-5", max_tokens: 1024, ...body }, extraHeaders);

const weatherTool = {
  name: "get_weather",
  description: "Current weather",
  input_schema: { type: "object", properties: { city: { type: "string" }, days: { type: "integer" } }, required: ["city"] },
};

test("base URL is the origin; non-streaming message has the real shape and usage", async () => {
  assert.equal(provider.baseUrl, `http://127.0.0.1:${provider.port}`);
  const response = await messages({ system: "You are terse.", messages: [{ role: "user", content: "hello claude" }] });
  assert.equal(response.status, 200);
  assert.match(response.headers.get("request-id") ?? "", /^req_/);
  const body: unknown = await response.json();
  assert.match(String(pick(body, "id")), /^msg_01/);
  assert.equal(pick(body, "type"), "message");
  assert.equal(pick(body, "role"), "assistant");
  assert.equal(pick(body, "model"), "claude-sonnet-4-5");
  assert.deepEqual(pick(body, "content"), [{ type: "text", text: "Echo: hello claude" }]);
  assert.equal(pick(body, "stop_reason"), "end_turn");
  assert.equal(pick(body, "stop_sequence"), null);
  // ceil((14 + 12) / 4) = 7 input tokens; 3 words out.
  assert.deepEqual(pick(body, "usage"), {
    input_tokens: 7,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    output_tokens: 3,
    service_tier: "standard",
  });
  assert.equal(provider.requests[0]?.headers["x-api-key"], "sk-ant-test");
});

test("streaming follows the exact event sequence with event names matching data types", async () => {
  const response = await messages({ stream: true, messages: [{ role: "user", content: "a b c d e f g" }] });
  assert.match(response.headers.get("content-type") ?? "", /^text\/event-stream/);
  const events = await collectSse(response);
  assert.deepEqual(
    events.map((event) => event.event),
    [
      "message_start",
      "content_block_start",
      "ping",
      "content_block_delta",
      "content_block_delta",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ],
  );
  assert.ok(events.every((event) => pick(event.json, "type") === event.event));
  const start = events[0]?.json;
  assert.deepEqual(pick(start, "message", "content"), []);
  assert.equal(pick(start, "message", "stop_reason"), null);
  assert.deepEqual(pick(start, "message", "usage"), {
    input_tokens: 4,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    output_tokens: 1,
    service_tier: "standard",
  });
  assert.deepEqual(pick(events[1]?.json, "content_block"), { type: "text", text: "" });
  const deltas = events.filter((event) => event.event === "content_block_delta").map((event) => pick(event.json, "delta"));
  assert.equal(deltas.map((delta) => pick(delta, "text")).join(""), "Echo: a b c d e f g");
  assert.ok(deltas.every((delta) => pick(delta, "type") === "text_delta"));
  assert.deepEqual(pick(events[7]?.json, "delta"), { stop_reason: "end_turn", stop_sequence: null });
  assert.deepEqual(pick(events[7]?.json, "usage"), { output_tokens: 8 });
});

test("tools: a tool_use block (streamed as input_json_delta), then text for the tool_result", async () => {
  const first = await messages({ tools: [weatherTool], messages: [{ role: "user", content: "Weather in Oslo?" }] });
  const body: unknown = await first.json();
  assert.equal(pick(body, "stop_reason"), "tool_use");
  const block = pick(body, "content", 0);
  assert.equal(pick(block, "type"), "tool_use");
  assert.match(String(pick(block, "id")), /^toolu_01/);
  assert.equal(pick(block, "name"), "get_weather");
  assert.deepEqual(pick(block, "input"), { city: "example city" });

  const streamed = await messages({ stream: true, tools: [weatherTool], messages: [{ role: "user", content: "Weather?" }] });
  const events = await collectSse(streamed);
  const blockStart = events.find((event) => event.event === "content_block_start")?.json;
  assert.equal(pick(blockStart, "content_block", "type"), "tool_use");
  assert.deepEqual(pick(blockStart, "content_block", "input"), {});
  const partials = events.filter((event) => event.event === "content_block_delta").map((event) => pick(event.json, "delta"));
  assert.ok(partials.every((delta) => pick(delta, "type") === "input_json_delta"));
  assert.equal(pick(partials[0], "partial_json"), "");
  assert.deepEqual(JSON.parse(partials.map((delta) => String(pick(delta, "partial_json"))).join("")), { city: "example city" });
  assert.equal(pick(events.find((event) => event.event === "message_delta")?.json, "delta", "stop_reason"), "tool_use");

  const followUp = await messages({
    tools: [weatherTool],
    messages: [
      { role: "user", content: "Weather in Oslo?" },
      { role: "assistant", content: [block] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: pick(block, "id"), content: "Sunny, 21C" }] },
    ],
  });
  const answer: unknown = await followUp.json();
  assert.deepEqual(pick(answer, "content"), [{ type: "text", text: "Tool result received: Sunny, 21C" }]);
  assert.equal(pick(answer, "stop_reason"), "end_turn");
});

test("max_tokens truncates with stop_reason max_tokens and is required", async () => {
  const body: unknown = await (await messages({ max_tokens: 2, messages: [{ role: "user", content: "a b c d" }] })).json();
  assert.deepEqual(pick(body, "content"), [{ type: "text", text: "Echo: a" }]);
  assert.equal(pick(body, "stop_reason"), "max_tokens");
  assert.equal(pick(body, "usage", "output_tokens"), 2);

  const missing = await postJson(`${provider.baseUrl}/v1/messages`, { model: "claude-sonnet-4-5", messages: [] }, headers);
  assert.equal(missing.status, 400);
  assert.deepEqual(pick(await missing.json(), "error"), { type: "invalid_request_error", message: "max_tokens: Field required" });
});

test("prompt caching: the cache_control prefix is created once, then read", async () => {
  const system = [{ type: "text", text: "x".repeat(400), cache_control: { type: "ephemeral" } }];
  const request = { system, messages: [{ role: "user", content: "question" }] };
  const first: unknown = await (await messages(request)).json();
  const second: unknown = await (await messages(request)).json();
  assert.deepEqual(pick(first, "usage", "cache_creation_input_tokens"), 100);
  assert.deepEqual(pick(first, "usage", "cache_read_input_tokens"), 0);
  assert.deepEqual(pick(second, "usage", "cache_creation_input_tokens"), 0);
  assert.deepEqual(pick(second, "usage", "cache_read_input_tokens"), 100);
  // ceil(408 / 4) = 102 in total, of which 100 are cached.
  assert.deepEqual(pick(second, "usage", "input_tokens"), 2);
});

test("auth: missing key, wrong key and missing anthropic-version get the real error bodies", async () => {
  const cases: Array<[Record<string, string>, number, string, string]> = [
    [{ "anthropic-version": "2023-06-01" }, 401, "authentication_error", "x-api-key header is required"],
    [{ "x-api-key": "nope", "anthropic-version": "2023-06-01" }, 401, "authentication_error", "invalid x-api-key"],
    [{ "x-api-key": "sk-ant-test" }, 400, "invalid_request_error", "anthropic-version: header is required"],
  ];
  for (const [requestHeaders, status, type, message] of cases) {
    const response = await messages({ messages: [{ role: "user", content: "hi" }] }, requestHeaders);
    assert.equal(response.status, status);
    const body: unknown = await response.json();
    assert.equal(pick(body, "type"), "error");
    assert.deepEqual(pick(body, "error"), { type, message });
    assert.match(String(pick(body, "request_id")), /^req_/);
  }
});

test("status faults use Anthropic error types; 429 carries retry-after", async () => {
  provider.setFaults([
    { kind: "status", status: 529 },
    { kind: "status", status: 503 },
    { kind: "status", status: 429, retryAfter: 3 },
    { kind: "status", status: 500 },
  ]);
  const seen = [];
  for (let i = 0; i < 4; i++) {
    const response = await messages({ messages: [{ role: "user", content: "hi" }] });
    seen.push([response.status, pick(await response.json(), "error", "type"), response.headers.get("retry-after")]);
  }
  assert.deepEqual(seen, [
    [529, "overloaded_error", null],
    [503, "overloaded_error", null],
    [429, "rate_limit_error", "3"],
    [500, "api_error", null],
  ]);
});

test("stream-error-event: `event: error` mid-stream, no message_stop; non-streamed calls get 529", async () => {
  provider.setFault({ kind: "stream-error-event", afterChunks: 3, times: 2 });
  const events = await collectSse(await messages({ stream: true, messages: [{ role: "user", content: "a b c d e f g" }] }));
  assert.deepEqual(
    events.map((event) => event.event),
    ["message_start", "content_block_start", "ping", "error"],
  );
  assert.deepEqual(events[3]?.json, { type: "error", error: { type: "overloaded_error", message: "Overloaded" } });
  const plain = await messages({ messages: [{ role: "user", content: "hi" }] });
  assert.equal(plain.status, 529);
});

test("models list, count_tokens, and unknown routes", async () => {
  const list: unknown = await (await fetch(`${provider.baseUrl}/v1/models`, { headers })).json();
  assert.equal(pick(list, "has_more"), false);
  assert.equal(pick(list, "data", 0, "type"), "model");
  assert.equal(pick(list, "first_id"), pick(list, "data", 0, "id"));
  const count = await postJson(
    `${provider.baseUrl}/v1/messages/count_tokens`,
    { model: "claude-sonnet-4-5", messages: [{ role: "user", content: "twelve chars" }] },
    headers,
  );
  assert.deepEqual(await count.json(), { input_tokens: 3 });
  const unknown = await fetch(`${provider.baseUrl}/v1/nope`, { headers });
  assert.equal(unknown.status, 404);
  assert.equal(pick(await unknown.json(), "error", "type"), "not_found_error");
});
