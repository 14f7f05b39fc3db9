import assert from "node:assert/strict";
import { test } from "node:test";
import { RETAINED_BODY_LIMIT, viewRequestBody, viewResponseBody } from "./retained-body";

test("a request body is pretty JSON, or the cut preview the gateway kept", () => {
  assert.deepEqual(viewRequestBody({ model: "gpt-4o-mini", messages: [] }), { text: '{\n  "model": "gpt-4o-mini",\n  "messages": []\n}', truncated: false });
  assert.deepEqual(viewRequestBody({ truncated: true, preview: '{"model":"gpt' }), { text: '{"model":"gpt', truncated: true });
  assert.equal(viewRequestBody({ truncated: true, preview: "x", model: "m" }).truncated, false, "a request that merely has such fields is shown whole");
});

test("a JSON response is pretty-printed", () => {
  const view = viewResponseBody('{"id":"chatcmpl-1","choices":[{"message":{"content":"Hi"}}]}');
  assert.equal(view.kind, "json");
  assert.match(view.text, /^\{\n {2}"id": "chatcmpl-1",/);
});

test("a stream shows its text joined up, with the raw events kept", () => {
  const raw = [
    'data: {"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}',
    'data: {"choices":[{"index":0,"delta":{"content":"Hello"}}]}',
    'data: {"choices":[{"index":0,"delta":{"content":", world"}}]}',
    'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":3}}',
    "",
    "",
  ].join("\n\n");
  const view = viewResponseBody(raw);
  assert.deepEqual(view, { kind: "sse", text: "Hello, world", raw, events: 4, truncated: false });
});

test("an error event, a cut-off stream and plain text", () => {
  const errored = viewResponseBody('data: {"choices":[{"delta":{"content":"Hel"}}]}\n\ndata: {"error":{"message":"upstream broke"}}\n\n');
  assert.equal(errored.text, "Hel\n[error] upstream broke");
  const cut = 'data: {"choices":[{"delta":{"content":"a"}}]}\n\n'.repeat(6000) + 'data: {"choi';
  const padded = cut + "x".repeat(Math.max(0, RETAINED_BODY_LIMIT - cut.length));
  const view = viewResponseBody(padded);
  assert.equal(view.kind, "sse");
  assert.equal(view.truncated, true);
  assert.equal(view.text, "a".repeat(6000));
  assert.deepEqual(viewResponseBody("not json"), { kind: "text", text: "not json", truncated: false });
});
