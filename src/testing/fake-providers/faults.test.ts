import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import OpenAI from "openai";
import { startFakeProvider, type FakeProvider } from "./index";
import { pick, postJson } from "./test-support";

// Fault switches, exercised through the official OpenAI SDK against the openai-format fake.

let provider: FakeProvider;
let client: OpenAI;

before(async () => {
  provider = await startFakeProvider({ format: "openai" });
  client = new OpenAI({ apiKey: "sk-any", baseURL: provider.baseUrl, maxRetries: 0 });
});
beforeEach(() => provider.reset());
after(() => provider.close());

const chat = (options?: OpenAI.RequestOptions) =>
  client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hello fault world" }] }, options);

const streamChat = (options?: OpenAI.RequestOptions) =>
  client.chat.completions.create(
    { model: "gpt-4o-mini", messages: [{ role: "user", content: "one two three four five six seven eight nine" }], stream: true },
    options,
  );

test("status fault: 429 with Retry-After in the OpenAI error shape, limited by times", async () => {
  provider.setFault({ kind: "status", status: 429, retryAfter: 7, times: 1 });
  const error: unknown = await chat().catch((caught: unknown) => caught);
  assert.ok(error instanceof OpenAI.RateLimitError);
  assert.equal(error.headers?.get("retry-after"), "7");
  assert.equal(error.code, "rate_limit_exceeded");
  assert.equal(error.type, "requests");
  assert.equal((await chat()).choices[0]?.message.content, "Echo: hello fault world");
  assert.equal(provider.requests[0]?.fault?.kind, "status");
  assert.equal(provider.requests[1]?.fault, null);
});

test("status fault once, then the SDK retry succeeds", async () => {
  const retrying = new OpenAI({ apiKey: "sk-any", baseURL: provider.baseUrl, maxRetries: 1 });
  provider.setFault({ kind: "status", status: 500, retryAfter: 0.01, times: 1 });
  const completion = await retrying.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] });
  assert.equal(completion.choices[0]?.message.content, "Echo: x");
  assert.deepEqual(
    provider.requests.map((request) => request.status),
    [500, 200],
  );
});

test("setFaults: a queue consumed one per request, null meaning a normal answer", async () => {
  provider.setFaults([{ kind: "status", status: 503 }, null, { kind: "status", status: 400, message: "custom message" }]);
  const results = [];
  for (let i = 0; i < 4; i++) {
    results.push(await chat().then(() => 200, (error: unknown) => (error instanceof OpenAI.APIError ? error : undefined)));
  }
  assert.equal(results[0] instanceof OpenAI.InternalServerError && results[0].status, 503);
  assert.equal(results[1], 200);
  assert.ok(results[2] instanceof OpenAI.BadRequestError);
  assert.equal(results[2].error && pick(results[2].error, "message"), "custom message");
  assert.equal(results[3], 200);
});

test("status fault with a replacement body and a path filter", async () => {
  provider.setFault({ kind: "status", status: 500, body: { unexpected: true }, pathIncludes: "/chat/" });
  const models = [];
  for await (const model of client.models.list()) models.push(model.id);
  assert.ok(models.length > 0, "non-matching paths are unaffected");
  const raw = await postJson(`${provider.baseUrl}/chat/completions`, { model: "m", messages: [] }, { authorization: "Bearer k" });
  assert.equal(raw.status, 500);
  assert.deepEqual(await raw.json(), { unexpected: true });
});

test("delay fault: a client timeout fires and the fake records the abort", async () => {
  const impatient = new OpenAI({ apiKey: "sk-any", baseURL: provider.baseUrl, maxRetries: 0, timeout: 100 });
  provider.setFault({ kind: "delay", ms: 2000, times: 1 });
  await assert.rejects(
    impatient.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] }),
    OpenAI.APIConnectionTimeoutError,
  );
  await provider.waitFor((requests) => requests[0]?.aborted === true);

  provider.setFault({ kind: "delay", ms: 80, times: 1 });
  const started = Date.now();
  await chat();
  assert.ok(Date.now() - started >= 75, "answer waited for the delay");
});

test("drop-mid-stream: the socket dies after N chunks (stream) or half the body (non-stream)", async () => {
  provider.setFault({ kind: "drop-mid-stream", afterChunks: 2 });
  const received: string[] = [];
  await assert.rejects(async () => {
    for await (const chunk of await streamChat()) received.push(chunk.choices[0]?.delta.content ?? "");
  });
  assert.equal(received.length, 2);
  assert.equal(provider.requests[0]?.chunksWritten, 2);
  assert.equal(provider.requests[0]?.aborted, false, "a fake-side drop is not a client abort");
  assert.equal(provider.requests[0]?.completed, false);
  await assert.rejects(chat());
});

test("malformed-json: invalid JSON body, and broken SSE data mid-stream", async () => {
  // The SDK logs unparseable stream data before throwing; keep the test output clean.
  const quiet = new OpenAI({ apiKey: "sk-any", baseURL: provider.baseUrl, maxRetries: 0, logLevel: "off" });
  const request = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "x" }] };
  provider.setFault({ kind: "malformed-json" });
  await assert.rejects(quiet.chat.completions.create(request), SyntaxError);
  await assert.rejects(async () => {
    for await (const chunk of await quiet.chat.completions.create({ ...request, stream: true })) assert.ok(chunk);
  }, SyntaxError);
  assert.equal(provider.requests[1]?.chunksWritten, 2, "one good chunk, then the broken one");
});

test("stream-error-event: an error payload mid-stream becomes an APIError; non-streamed calls get 503", async () => {
  provider.setFault({ kind: "stream-error-event", afterChunks: 2 });
  let chunks = 0;
  await assert.rejects(
    async () => {
      for await (const chunk of await streamChat()) chunks += chunk ? 1 : 0;
    },
    (error: unknown) => error instanceof OpenAI.APIError && /server had an error/.test(error.message),
  );
  assert.equal(chunks, 2);
  await assert.rejects(chat(), (error: unknown) => error instanceof OpenAI.APIError && error.status === 503);
});

test("hang: nothing comes back; aborting the client is recorded on the fake", async () => {
  provider.setFault({ kind: "hang" });
  const controller = new AbortController();
  const pending = chat({ signal: controller.signal });
  await provider.waitFor((requests) => requests.length === 1);
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(provider.requests[0]?.status, undefined, "no headers were sent");
  controller.abort();
  await assert.rejects(pending, OpenAI.APIUserAbortError);
  await provider.waitFor((requests) => requests[0]?.aborted === true);
});

test("hold-before-last-chunk: chunks arrive while the upstream is still open, until released", async () => {
  provider.setFault({ kind: "hold-before-last-chunk" });
  const stream = await streamChat();
  const iterator = stream[Symbol.asyncIterator]();
  const seen: string[] = [];
  while (seen.join("") !== "Echo: one two three four five six seven eight nine") {
    const next = await iterator.next();
    assert.equal(next.done, false);
    if (!next.done) seen.push(next.value.choices[0]?.delta.content ?? "");
  }
  assert.equal(provider.requests[0]?.completed, false, "upstream has not finished yet");
  provider.releaseHeldStreams();
  const rest = [];
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(next.value);
  assert.equal(rest.at(-1)?.choices[0]?.finish_reason, "stop");
  await provider.waitFor((requests) => requests[0]?.completed === true);
});

test("a client that stops reading mid-stream is recorded as aborted", async () => {
  provider.setFault({ kind: "hold-before-last-chunk" });
  const stream = await streamChat();
  for await (const chunk of stream) {
    if (chunk.choices[0]?.delta.content) break; // leaving the loop aborts the request
  }
  await provider.waitFor((requests) => requests[0]?.aborted === true);
  assert.equal(provider.requests[0]?.completed, false);
});

test("holdBeforeLastChunkMs option and chunkDelayMs spread a stream out in time", async () => {
  const slow = await startFakeProvider({ format: "openai", chunkDelayMs: 20, holdBeforeLastChunkMs: 100 });
  try {
    const slowClient = new OpenAI({ apiKey: "k", baseURL: slow.baseUrl, maxRetries: 0 });
    const started = Date.now();
    const arrivals: number[] = [];
    const request = { model: "m", messages: [{ role: "user" as const, content: "a b c d e f" }], stream: true as const };
    const stream = await slowClient.chat.completions.create(request);
    for await (const chunk of stream) if (chunk) arrivals.push(Date.now() - started);
    const lastGap = (arrivals.at(-1) ?? 0) - (arrivals.at(-2) ?? 0);
    assert.ok(lastGap >= 100, `last chunk was held (${lastGap} ms)`);
    assert.ok((arrivals[1] ?? 0) < (arrivals.at(-1) ?? 0) - 100, "earlier chunks arrived before the hold ended");
  } finally {
    await slow.close();
  }
});

test("close() ends hanging requests without counting them as client aborts", async () => {
  const doomed = await startFakeProvider({ format: "openai" });
  doomed.setFault({ kind: "hang" });
  const pending = postJson(`${doomed.baseUrl}/chat/completions`, { model: "m", messages: [] }, { authorization: "Bearer k" });
  await doomed.waitFor((requests) => requests.length === 1);
  await doomed.close();
  await assert.rejects(pending);
  assert.equal(doomed.requests[0]?.aborted, false);
});

test("control routes let another process switch faults and read requests", async () => {
  const control = (command: string, body?: unknown) => postJson(`${provider.origin}/__fake/${command}`, body ?? null, {});
  assert.equal((await control("fault", { kind: "status", status: 429, times: 1 })).status, 200);
  await assert.rejects(chat(), OpenAI.RateLimitError);
  assert.equal((await control("fault", { kind: "nonsense" })).status, 400);
  const requests: unknown = await (await fetch(`${provider.origin}/__fake/requests`)).json();
  assert.equal(Array.isArray(requests) && requests.length, 1, "control calls are not recorded");
  await control("reset");
  assert.equal(provider.requests.length, 0);
});
