import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { db } from "@/server/db/client";
import { createGatewayProject } from "@/testing/gateway/project";
import { startFetchGateway, startNodeGateway, type RunningGateway } from "@/testing/gateway/servers";
import { requestLogWriter } from "./logging/request-log-writer";

const decoder = new TextDecoder();

async function* sseData(response: Response): AsyncGenerator<string> {
  let buffer = "";
  for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(bytes, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) !== -1) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      for (const line of event.split("\n")) if (line.startsWith("data: ")) yield line.slice(6);
    }
  }
}

for (const start of [startNodeGateway, startFetchGateway]) {
  describe(`streaming and upstream faults via ${start === startNodeGateway ? "node fast path" : "fetch route handler"}`, () => {
    let gateway: RunningGateway;
    let project: Awaited<ReturnType<typeof createGatewayProject>>;
    let client: OpenAI;
    const post = (body: unknown, init: RequestInit = {}) =>
      fetch(`${gateway.baseUrl}/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${project.apiKey}`, "content-type": "application/json" },
        body: JSON.stringify(body),
        ...init,
      });

    before(async () => {
      gateway = await start();
      project = await createGatewayProject();
      client = new OpenAI({ baseURL: gateway.baseUrl, apiKey: project.apiKey, maxRetries: 0 });
    });
    after(async () => {
      await gateway.close();
      await project.close();
    });

    test("chunks reach the client while the upstream is still generating", async () => {
      const fake = project.fakes.anthropic;
      fake.setFault({ kind: "hold-before-last-chunk", times: 1 });
      const response = await post({ model: "anthropic/claude-sonnet-4-5", stream: true, messages: [{ role: "user", content: "one two three four five six seven" }] });
      assert.equal(response.status, 200);
      assert.match(response.headers.get("content-type") ?? "", /text\/event-stream/);
      const events = sseData(response);
      const first = await events.next();
      assert.equal(first.done, false);
      assert.equal(JSON.parse(first.value as string).object, "chat.completion.chunk");
      assert.equal(fake.requests.at(-1)!.completed, false, "the upstream must still be generating when the first chunk arrives");
      fake.releaseHeldStreams();
      const rest: string[] = [];
      for await (const data of events) rest.push(data);
      assert.equal(rest.at(-1), "[DONE]");
      assert.equal(fake.requests.at(-1)!.completed, true);
    });

    test("a client that disconnects cancels the upstream request and is logged as 499", async () => {
      const fake = project.fakes.openai;
      fake.setFault({ kind: "hold-before-last-chunk", times: 1 });
      const abort = new AbortController();
      const response = await post({ model: "openai/gpt-4o-mini", stream: true, messages: [{ role: "user", content: "abandon me" }] }, { signal: abort.signal, headers: { authorization: `Bearer ${project.apiKey}`, "content-type": "application/json", "x-request-id": "abandoned-request-1" } });
      await sseData(response).next();
      abort.abort();
      await fake.waitFor((requests) => requests.at(-1)?.aborted === true, 5_000);
      fake.releaseHeldStreams();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await requestLogWriter().flush();
      const row = await db().requestLog.findFirst({ where: { requestId: "abandoned-request-1" } });
      assert.equal(row?.status, 499);
      assert.equal(row?.errorCode, "client_closed_request");
    });

    test("an upstream 500 is a 502 in the OpenAI envelope, before any byte was streamed", async () => {
      for (const stream of [false, true]) {
        project.fakes.google.setFault({ kind: "status", status: 500, times: 1 });
        const response = await post({ model: "google-ai-studio/gemini-2.5-flash", stream, messages: [{ role: "user", content: "x" }] });
        assert.equal(response.status, 502);
        const body = (await response.json()) as { error: { type: string; code: string; message: string } };
        assert.equal(body.error.type, "upstream_error");
        assert.ok(body.error.message.length > 0);
      }
    });

    test("an upstream 400 about the request passes its message through", async () => {
      project.fakes.openai.setFault({ kind: "status", status: 400, message: "temperature is out of range for this model", times: 1 });
      await assert.rejects(client.chat.completions.create({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "x" }] }), (error: InstanceType<typeof OpenAI.APIError>) => {
        assert.equal(error.status, 400);
        assert.match(error.message, /temperature is out of range/);
        return true;
      });
    });

    test("a stream dropped after it started ends with an SSE error event, not a truncated success", async () => {
      for (const [format, model] of [["openai", "openai/gpt-4o-mini"], ["anthropic", "anthropic/claude-sonnet-4-5"]] as const) {
        project.fakes[format].setFault({ kind: "drop-mid-stream", afterChunks: 3, times: 1 });
        const response = await post({ model, stream: true, messages: [{ role: "user", content: "a long enough answer to span many chunks of text" }] });
        const events: string[] = [];
        for await (const data of sseData(response)) events.push(data);
        assert.ok(events.length >= 2, `${format}: expected data before the error`);
        assert.notEqual(events.at(-1), "[DONE]");
        const last = JSON.parse(events.at(-1)!) as { error?: { type: string; code: string } };
        assert.equal(last.error?.type, "upstream_error", `${format}: ${events.at(-1)}`);
      }
    });

    test("the SDK surfaces a mid-stream provider error as an error", async () => {
      project.fakes.anthropic.setFault({ kind: "stream-error-event", afterChunks: 2, times: 1 });
      const stream = await client.chat.completions.create({ model: "anthropic/claude-sonnet-4-5", stream: true, messages: [{ role: "user", content: "several words in this reply" }] });
      await assert.rejects(async () => {
        for await (const chunk of stream) void chunk;
      });
    });

    test("malformed JSON from the upstream is a 502, and the gateway stays healthy", async () => {
      project.fakes.openai.setFault({ kind: "malformed-json", times: 1 });
      const response = await post({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "x" }] });
      assert.equal(response.status, 502);
      const ok = await client.chat.completions.create({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "still alive?" }] });
      assert.match(ok.choices[0]!.message.content ?? "", /still alive/);
    });

    test("an upstream that does not answer in time is a 504", async () => {
      project.fakes.openai.setFault({ kind: "hang", times: 1 });
      const { sendUpstream } = await import("./upstream/send-upstream");
      const { getAdapter } = await import("../providers");
      const upstream = getAdapter("openai").buildChatRequest({ model: "x", messages: [{ role: "user", content: "x" }] }, { baseUrl: project.fakes.openai.baseUrl, apiKey: project.providerKeys.openai, providerModel: "gpt-4o-mini", stream: false });
      await assert.rejects(sendUpstream(upstream, { signal: new AbortController().signal, providerName: "OpenAI", timeoutMs: 200 }), (error: { status: number; code: string }) => {
        assert.equal(error.status, 504);
        assert.equal(error.code, "upstream_timeout");
        return true;
      });
      project.fakes.openai.reset();
    });
  });
}
