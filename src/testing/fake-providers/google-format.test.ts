import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { embeddingFor, startFakeProvider, type FakeProvider } from "./index";
import { collectSse, pick, postJson } from "./test-support";

let provider: FakeProvider;
const auth = { "x-goog-api-key": "AIza-test" };

before(async () => {
  provider = await startFakeProvider({ format: "google", apiKey: "AIza-test" });
});
beforeEach(() => provider.reset());
after(() => provider.close());

const modelUrl = (model: string, method: string, query = "") => `${provider.baseUrl}/v1beta/models/${model}:${method}${query}`;
const userTurn = (text: string) => ({ role: "user", parts: [{ text }] });
const gemini = (method: string, body: unknown, query = "") => postJson(modelUrl("gemini-2.5-flash", method, query), body, auth);
const geminiJson = async (method: string, body: unknown): Promise<unknown> => (await gemini(method, body)).json();
const embedJson = async (method: string, body: unknown): Promise<unknown> =>
  (await postJson(modelUrl("gemini-embedding-001", method), body, auth)).json();

const lookupTool = {
  functionDeclarations: [
    {
      name: "lookup",
      description: "Look something up",
      // Gemini's OpenAPI-style schema uses uppercase type names.
      parameters: { type: "OBJECT", properties: { query: { type: "STRING" } }, required: ["query"] },
    },
  ],
};

test("generateContent returns a candidate, usageMetadata and the model version", async () => {
  const response = await postJson(
    modelUrl("gemini-2.5-flash", "generateContent"),
    { systemInstruction: { parts: [{ text: "Be kind." }] }, contents: [userTurn("hello gemini")] },
    auth,
  );
  assert.equal(response.status, 200);
  const body: unknown = await response.json();
  assert.deepEqual(pick(body, "candidates", 0, "content"), { parts: [{ text: "Echo: hello gemini" }], role: "model" });
  assert.equal(pick(body, "candidates", 0, "finishReason"), "STOP");
  // ceil((8 + 12) / 4) = 5 prompt tokens; 3 words out.
  assert.deepEqual(pick(body, "usageMetadata"), {
    promptTokenCount: 5,
    candidatesTokenCount: 3,
    totalTokenCount: 8,
    promptTokensDetails: [{ modality: "TEXT", tokenCount: 5 }],
  });
  assert.equal(pick(body, "modelVersion"), "gemini-2.5-flash");
  assert.equal(typeof pick(body, "responseId"), "string");
});

test("streamGenerateContent?alt=sse sends CRLF-separated data frames, finishReason and full usage on the last", async () => {
  const response = await gemini("streamGenerateContent", { contents: [userTurn("a b c d e f g")] }, "?alt=sse");
  assert.match(response.headers.get("content-type") ?? "", /^text\/event-stream/);
  const raw = await response.text();
  const frames = raw.split("\r\n\r\n").filter(Boolean);
  assert.equal(frames.length, 3);
  assert.ok(frames.every((frame) => frame.startsWith("data: ") && !frame.includes("\n")));

  const events = await collectSse(
    await gemini("streamGenerateContent", { contents: [userTurn("a b c d e f g")] }, "?alt=sse"),
  );
  const chunks = events.map((event) => event.json);
  assert.equal(chunks.map((chunk) => pick(chunk, "candidates", 0, "content", "parts", 0, "text")).join(""), "Echo: a b c d e f g");
  assert.ok(chunks.every((chunk) => pick(chunk, "candidates", 0, "content", "role") === "model"));
  assert.deepEqual(
    chunks.map((chunk) => pick(chunk, "candidates", 0, "finishReason")),
    [undefined, undefined, "STOP"],
  );
  assert.equal(pick(chunks[0], "usageMetadata", "candidatesTokenCount"), undefined);
  assert.equal(pick(chunks.at(-1), "usageMetadata", "candidatesTokenCount"), 8);
  assert.equal(pick(chunks.at(-1), "usageMetadata", "totalTokenCount"), 4 + 8);
});

test("streamGenerateContent without alt=sse streams one JSON array", async () => {
  const response = await gemini("streamGenerateContent", { contents: [userTurn("a b c d")] });
  const body: unknown = await response.json();
  assert.ok(Array.isArray(body));
  assert.equal(body.map((chunk: unknown) => pick(chunk, "candidates", 0, "content", "parts", 0, "text")).join(""), "Echo: a b c d");
});

test("tools: a functionCall part, then text for the functionResponse; mode NONE disables calls", async () => {
  const first: unknown = await geminiJson("generateContent", { contents: [userTurn("find it")], tools: [lookupTool] });
  const part = pick(first, "candidates", 0, "content", "parts", 0);
  assert.deepEqual(part, { functionCall: { name: "lookup", args: { query: "example query" } } });
  assert.equal(pick(first, "candidates", 0, "finishReason"), "STOP");

  const streamed = await collectSse(
    await gemini("streamGenerateContent", { contents: [userTurn("find it")], tools: [lookupTool] }, "?alt=sse"),
  );
  assert.equal(streamed.length, 1);
  assert.deepEqual(pick(streamed[0]?.json, "candidates", 0, "content", "parts", 0), part);

  const contents = [
    userTurn("find it"),
    { role: "model", parts: [part] },
    { role: "user", parts: [{ functionResponse: { name: "lookup", response: { result: "42" } } }] },
  ];
  const answer: unknown = await geminiJson("generateContent", { contents, tools: [lookupTool] });
  assert.equal(pick(answer, "candidates", 0, "content", "parts", 0, "text"), 'Tool result received: {"result":"42"}');

  const toolConfig = { functionCallingConfig: { mode: "NONE" } };
  const plain: unknown = await geminiJson("generateContent", { contents: [userTurn("hi")], tools: [lookupTool], toolConfig });
  assert.equal(pick(plain, "candidates", 0, "content", "parts", 0, "text"), "Echo: hi");
});

test("maxOutputTokens truncates with finishReason MAX_TOKENS", async () => {
  const body = await geminiJson("generateContent", { contents: [userTurn("a b c")], generationConfig: { maxOutputTokens: 2 } });
  assert.equal(pick(body, "candidates", 0, "content", "parts", 0, "text"), "Echo: a");
  assert.equal(pick(body, "candidates", 0, "finishReason"), "MAX_TOKENS");
  assert.equal(pick(body, "usageMetadata", "candidatesTokenCount"), 2);
});

test("embedContent, batchEmbedContents and models list", async () => {
  const single = await embedJson("embedContent", { content: { parts: [{ text: "hello" }] } });
  assert.deepEqual(pick(single, "embedding", "values"), embeddingFor("hello"));

  const requests = ["one", "two"].map((text) => ({
    model: "models/gemini-embedding-001",
    content: { parts: [{ text }] },
    outputDimensionality: 16,
  }));
  const batch = await embedJson("batchEmbedContents", { requests });
  assert.deepEqual(pick(batch, "embeddings"), [{ values: embeddingFor("one", 16) }, { values: embeddingFor("two", 16) }]);

  const list: unknown = await (await fetch(`${provider.baseUrl}/v1beta/models?key=AIza-test`)).json();
  assert.equal(pick(list, "models", 0, "name"), "models/gemini-2.5-flash");
  assert.deepEqual(pick(list, "models", 0, "supportedGenerationMethods"), ["generateContent", "countTokens"]);
});

test("auth: ?key= works; missing key is 401, a wrong key is the real 400 API_KEY_INVALID", async () => {
  const request = { contents: [userTurn("hi")] };
  const viaQuery = await postJson(modelUrl("gemini-2.5-flash", "generateContent", "?key=AIza-test"), request, {});
  assert.equal(viaQuery.status, 200);
  assert.equal(provider.requests[0]?.query.key, "AIza-test");

  const missing = await postJson(modelUrl("gemini-2.5-flash", "generateContent"), request, {});
  assert.equal(missing.status, 401);
  const missingBody: unknown = await missing.json();
  assert.equal(pick(missingBody, "error", "code"), 401);
  assert.equal(pick(missingBody, "error", "status"), "UNAUTHENTICATED");

  const wrong = await postJson(modelUrl("gemini-2.5-flash", "generateContent"), request, { "x-goog-api-key": "bad" });
  assert.equal(wrong.status, 400);
  const wrongBody: unknown = await wrong.json();
  assert.equal(pick(wrongBody, "error", "status"), "INVALID_ARGUMENT");
  assert.equal(pick(wrongBody, "error", "details", 0, "reason"), "API_KEY_INVALID");
});

test("status faults use google.rpc error bodies; 429 reports RetryInfo", async () => {
  provider.setFaults([
    { kind: "status", status: 503 },
    { kind: "status", status: 429, retryAfter: 5 },
  ]);
  const overloaded = await gemini("generateContent", { contents: [userTurn("hi")] });
  assert.equal(overloaded.status, 503);
  assert.deepEqual(await overloaded.json(), {
    error: { code: 503, message: "The model is overloaded. Please try again later.", status: "UNAVAILABLE" },
  });
  const limited = await gemini("generateContent", { contents: [userTurn("hi")] });
  const limitedBody: unknown = await limited.json();
  assert.equal(pick(limitedBody, "error", "status"), "RESOURCE_EXHAUSTED");
  assert.deepEqual(pick(limitedBody, "error", "details", 0), { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "5s" });
});

test("stream faults: error payload mid-stream, malformed data, dropped connection", async () => {
  const streamUrl = modelUrl("gemini-2.5-flash", "streamGenerateContent", "?alt=sse");
  const body = { contents: [userTurn("a b c d e f g h i j")] };

  provider.setFault({ kind: "stream-error-event", afterChunks: 1, times: 1 });
  const errored = await collectSse(await postJson(streamUrl, body, auth));
  assert.equal(errored.length, 2);
  assert.equal(pick(errored[1]?.json, "error", "status"), "INTERNAL");

  provider.setFault({ kind: "malformed-json", times: 1 });
  const malformed = await collectSse(await postJson(streamUrl, body, auth));
  assert.equal(malformed.length, 2);
  assert.equal(malformed[1]?.json, undefined, "second frame is not valid JSON");

  provider.setFault({ kind: "drop-mid-stream", afterChunks: 1, times: 1 });
  const dropped = await postJson(streamUrl, body, auth);
  await assert.rejects(dropped.text());
});
