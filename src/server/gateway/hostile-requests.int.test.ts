import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { after, before, test } from "node:test";
import { createGatewayProject } from "@/testing/gateway/project";
import { startNodeGateway, type RunningGateway } from "@/testing/gateway/servers";
import { MAX_BODY_BYTES } from "./pipeline/read-json-body";

// 1,000 malformed or hostile requests must produce no 5xx and leave the gateway serving normally.
let gateway: RunningGateway;
let project: Awaited<ReturnType<typeof createGatewayProject>>;

before(async () => {
  gateway = await startNodeGateway();
  project = await createGatewayProject();
});
after(async () => {
  await gateway.close();
  await project.close();
});

type Attempt = { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer };

function hostileAttempts(apiKey: string): Attempt[] {
  const auth = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };
  const chat = (body: unknown, headers: Record<string, string> = auth): Attempt => ({ headers, body: typeof body === "string" ? body : JSON.stringify(body) });
  const deep = "[".repeat(50_000) + "]".repeat(50_000);
  return [
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }, { "content-type": "application/json" }),
    chat({ model: "gpt-4o-mini", messages: [] }, { authorization: "Bearer ", "content-type": "application/json" }),
    chat({ model: "gpt-4o-mini", messages: [] }, { authorization: "Basic dXNlcjpwYXNz", "content-type": "application/json" }),
    chat({ model: "gpt-4o-mini" }, { "x-api-key": "sk-sb-" + "A".repeat(43), "content-type": "application/json" }),
    chat("{not json"),
    chat(""),
    chat("null"),
    chat("[1,2,3]"),
    chat('"a string"'),
    chat(deep),
    chat(Buffer.from([0xff, 0xfe, 0x00, 0x7b])),
    chat({ model: 42, messages: "hello" }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "wizard", content: "x" }] }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: { nested: true } }] }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], temperature: "hot" }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], temperature: 1e308 }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], max_tokens: -5 }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], tools: [{ type: "function", function: { name: "bad name!" } }] }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: [{ type: "image_url", image_url: {} }] }] }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "tool", content: "x" }] }),
    chat({ model: "x".repeat(5000), messages: [{ role: "user", content: "x" }] }),
    chat({ model: "no-such-model", messages: [{ role: "user", content: "x" }] }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], __proto__: { polluted: true }, constructor: { prototype: { bad: 1 } } }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], response_format: { type: "xml" } }),
    chat({ model: "text-embedding-3-small", messages: [{ role: "user", content: "x" }] }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] }, { ...auth, "content-type": "text/plain" }),
    chat({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] }, { ...auth, "content-length": String(MAX_BODY_BYTES + 1) }),
    { path: "/v1/chat/completions", method: "GET", headers: auth },
    { path: "/v1/chat/completions", method: "DELETE", headers: auth },
    { path: "/v1/does-not-exist", method: "POST", headers: auth, body: "{}" },
    { path: "/v1/models/%E0%A4%A", method: "GET" },
    { path: "/v1/models/..%2F..%2Fetc%2Fpasswd", method: "GET" },
    { path: "/v1/embeddings", headers: auth, body: JSON.stringify({ model: "text-embedding-3-small", input: [] }) },
    { path: "/v1/embeddings", headers: auth, body: JSON.stringify({ model: "gpt-4o-mini", input: "x" }) },
    { path: "/v1/embeddings", headers: auth, body: JSON.stringify({ model: "text-embedding-3-small", input: [{ x: 1 }] }) },
  ];
}

function send(attempt: Attempt, baseUrl: string): Promise<number> {
  const url = new URL(baseUrl);
  const headers = { ...attempt.headers };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: attempt.method ?? "POST", path: attempt.path ?? "/v1/chat/completions", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    // A declared length larger than what is sent: the gateway must answer 413 from the header alone.
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve(413) : reject(error)));
    if (attempt.body !== undefined && !headers["content-length"]) req.end(attempt.body);
    else if (attempt.body !== undefined) req.end(attempt.body);
    else req.end();
  });
}

test("1,000 malformed or hostile requests produce no 5xx and the gateway keeps serving", async () => {
  const attempts = hostileAttempts(project.apiKey);
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];
  let next = 0;
  const total = 1000;
  async function worker() {
    while (next < total) {
      const index = next++;
      const attempt = attempts[index % attempts.length]!;
      const status = await send(attempt, gateway.baseUrl);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) serverErrors.push(`#${index % attempts.length} → ${status}`);
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker));
  assert.deepEqual(serverErrors, [], `server errors: ${serverErrors.slice(0, 10).join(", ")}`);
  assert.equal([...statuses.values()].reduce((a, b) => a + b, 0), total);

  // An oversized body that is actually sent, chunked, is cut off at the limit.
  const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
  assert.equal(await send({ headers: { authorization: `Bearer ${project.apiKey}`, "content-type": "application/json", "transfer-encoding": "chunked" }, body: huge }, gateway.baseUrl), 413);

  const healthy = await fetch(`${gateway.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${project.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "still fine" }] }),
  });
  assert.equal(healthy.status, 200);
});
