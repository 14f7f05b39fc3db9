import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { computeCost, offeringsFor } from "@/server/catalog";
import { db } from "@/server/db/client";
import { createGatewayProject, type FakeFormat } from "@/testing/gateway/project";
import { startFetchGateway, startNodeGateway, type RunningGateway } from "@/testing/gateway/servers";
import { requestLogWriter } from "./logging/request-log-writer";

// The same suite runs against both HTTP adapters: the production server's node:http fast path and the Fetch-API
// adapter behind Next's /v1 route handlers.
const MODELS: Record<FakeFormat, { chat: string; provider: string }> = {
  openai: { chat: "openai/gpt-4o-mini", provider: "openai" },
  anthropic: { chat: "anthropic/claude-sonnet-4-5", provider: "anthropic" },
  google: { chat: "google-ai-studio/gemini-2.5-flash", provider: "google-ai-studio" },
};

const WEATHER_TOOL = {
  type: "function" as const,
  function: { name: "get_weather", description: "Weather for a city", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
};

for (const start of [startNodeGateway, startFetchGateway]) {
  describe(`gateway via ${start === startNodeGateway ? "node fast path" : "fetch route handler"}`, () => {
    let gateway: RunningGateway;
    let project: Awaited<ReturnType<typeof createGatewayProject>>;
    let client: OpenAI;

    before(async () => {
      gateway = await start();
      project = await createGatewayProject();
      client = new OpenAI({ baseURL: gateway.baseUrl, apiKey: project.apiKey, maxRetries: 0 });
    });
    after(async () => {
      await gateway.close();
      await project.close();
    });

    for (const format of ["openai", "anthropic", "google"] as const) {
      const { chat: model, provider } = MODELS[format];

      test(`${format}: non-streamed completion`, async () => {
        const { data, response } = await client.chat.completions
          .create({ model, messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "hello there gateway" }], max_tokens: 50 })
          .withResponse();
        assert.equal(data.object, "chat.completion");
        assert.equal(data.model, model);
        assert.match(data.choices[0]!.message.content ?? "", /Echo: hello there gateway/);
        assert.equal(data.choices[0]!.finish_reason, "stop");
        assert.ok(data.usage!.prompt_tokens > 0 && data.usage!.completion_tokens > 0);
        assert.equal(response.headers.get("x-switchboard-provider"), provider);
        assert.match(response.headers.get("x-request-id") ?? "", /^req_/);
        assert.equal(project.fakes[format].requests.at(-1)!.headers[format === "openai" ? "authorization" : format === "anthropic" ? "x-api-key" : "x-goog-api-key"] !== undefined, true);
      });

      test(`${format}: streamed completion with usage`, async () => {
        const stream = await client.chat.completions.create({
          model,
          messages: [{ role: "user", content: "stream these words to me please" }],
          stream: true,
          stream_options: { include_usage: true },
        });
        let text = "";
        let chunks = 0;
        let usage: OpenAI.CompletionUsage | null | undefined;
        let finish: string | null = null;
        for await (const chunk of stream) {
          chunks++;
          assert.equal(chunk.object, "chat.completion.chunk");
          text += chunk.choices[0]?.delta.content ?? "";
          finish = chunk.choices[0]?.finish_reason ?? finish;
          if (chunk.usage) usage = chunk.usage;
        }
        assert.match(text, /Echo: stream these words to me please/);
        assert.ok(chunks >= 3, `expected several chunks, got ${chunks}`);
        assert.equal(finish, "stop");
        assert.ok(usage && usage.completion_tokens > 0);
      });

      test(`${format}: tool call round trip`, async () => {
        const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: "user", content: "What is the weather in Paris?" }];
        const first = await client.chat.completions.create({ model, messages, tools: [WEATHER_TOOL] });
        const call = first.choices[0]!.message.tool_calls?.[0];
        assert.equal(first.choices[0]!.finish_reason, "tool_calls");
        assert.ok(call && call.type === "function");
        assert.equal(call.function.name, "get_weather");
        assert.equal(typeof JSON.parse(call.function.arguments).city, "string");

        messages.push(first.choices[0]!.message, { role: "tool", tool_call_id: call.id, content: "sunny, 21 C" });
        const second = await client.chat.completions.create({ model, messages, tools: [WEATHER_TOOL] });
        assert.match(second.choices[0]!.message.content ?? "", /sunny, 21 C/);
      });

      test(`${format}: streamed tool call arrives as deltas`, async () => {
        const stream = await client.chat.completions.create({ model, messages: [{ role: "user", content: "weather in Oslo?" }], tools: [WEATHER_TOOL], stream: true });
        let name = "";
        let args = "";
        let finish: string | null = null;
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta.tool_calls?.[0];
          name += delta?.function?.name ?? "";
          args += delta?.function?.arguments ?? "";
          finish = chunk.choices[0]?.finish_reason ?? finish;
        }
        assert.equal(name, "get_weather");
        assert.ok(JSON.parse(args).city);
        assert.equal(finish, "tool_calls");
      });
    }

    test("embeddings through OpenAI and Gemini", async () => {
      for (const model of ["openai/text-embedding-3-small", "google-ai-studio/gemini-embedding-001"]) {
        const result = await client.embeddings.create({ model, input: ["first text", "second text"], encoding_format: "float" });
        assert.equal(result.data.length, 2, model);
        assert.ok(result.data[0]!.embedding.length > 0);
        assert.ok(result.usage.prompt_tokens > 0);
      }
    });

    test("models list and one model", async () => {
      const models = await client.models.list();
      assert.ok(models.data.length >= 90, `only ${models.data.length} models`);
      const one = (await client.models.retrieve("gpt-4o-mini")) as OpenAI.Model & { pricing: { prompt: string } };
      assert.equal(one.id, "gpt-4o-mini");
      assert.equal(one.pricing.prompt, "0.00000015");
    });

    test("a bad key is 401 invalid_api_key and an unknown model is 404 model_not_found", async () => {
      const badClient = new OpenAI({ baseURL: gateway.baseUrl, apiKey: "sk-sb-not-a-real-key", maxRetries: 0 });
      await assert.rejects(badClient.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] }), (error: InstanceType<typeof OpenAI.APIError>) => {
        assert.equal(error.status, 401);
        assert.equal(error.code, "invalid_api_key");
        return true;
      });
      await assert.rejects(client.chat.completions.create({ model: "no-such-model-9000", messages: [{ role: "user", content: "x" }] }), (error: InstanceType<typeof OpenAI.APIError>) => {
        assert.equal(error.status, 404);
        assert.equal(error.code, "model_not_found");
        return true;
      });
    });

    test("every successful request is logged with tokens and cost = tokens × catalog price", async () => {
      await requestLogWriter().flush();
      const rows = await db().requestLog.findMany({ where: { projectId: project.user.projectId, status: 200 } });
      assert.ok(rows.length >= 14, `only ${rows.length} rows`);
      for (const format of ["openai", "anthropic", "google"] as const) {
        const row = rows.find((r) => r.providerId === MODELS[format].provider && r.endpoint === "chat.completions");
        assert.ok(row, `no log row for ${format}`);
        assert.ok(row.promptTokens > 0 && row.completionTokens > 0);
        const offering = offeringsFor(MODELS[format].chat)[0]!;
        const expected = computeCost(offering, { promptTokens: row.promptTokens, completionTokens: row.completionTokens, cachedTokens: row.cachedTokens, cacheWriteTokens: row.cacheWriteTokens });
        assert.ok(row.totalCost.equals(expected.totalUsd), `${format}: logged ${row.totalCost} but tokens × price = ${expected.totalUsd}`);
        assert.ok(row.totalCost.greaterThan(0));
        assert.equal(row.credentialSource, "byok");
      }
    });
  });
}

describe("body retention and pre-authenticated principals", () => {
  test("bodies are kept only when the project retains them; a principal needs no key header", async () => {
    const { handleFetchGatewayRequest } = await import("./http/fetch-adapter");
    const { authenticate } = await import("./auth/authenticate");
    const gateway = await startNodeGateway();
    const project = await createGatewayProject();
    try {
      const key = await authenticate({ authorization: `Bearer ${project.apiKey}` });
      const ask = (requestId: string, principal: typeof key) =>
        handleFetchGatewayRequest(
          new Request("http://gateway.local/v1/chat/completions", {
            method: "POST",
            headers: { "content-type": "application/json", "x-request-id": requestId },
            body: JSON.stringify({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "keep my words" }] }),
          }),
          { principal },
        ).then((response) => response.text().then((text) => ({ status: response.status, text })));

      const plain = await ask("retention-off", key);
      assert.equal(plain.status, 200);
      const kept = await ask("retention-on", { ...key, retainBodies: true, apiKeyId: null });
      assert.equal(kept.status, 200);
      await requestLogWriter().flush();
      const off = await db().requestLog.findFirstOrThrow({ where: { requestId: "retention-off" } });
      const on = await db().requestLog.findFirstOrThrow({ where: { requestId: "retention-on" } });
      assert.equal(off.requestBody, null);
      assert.equal(off.responseBody, null);
      assert.equal(on.apiKeyId, null);
      assert.match(JSON.stringify(on.requestBody), /keep my words/);
      assert.equal(on.responseBody, kept.text);
    } finally {
      await gateway.close();
      await project.close();
    }
  });
});
