import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateText, streamText } from "ai";
import { createGatewayProject } from "@/testing/gateway/project";
import { startNodeGateway, type RunningGateway } from "@/testing/gateway/servers";

// "Change only the base URL and the key": the Vercel AI SDK's openai-compatible provider and plain curl, for a
// model behind each of the three adapters, streaming included.
const run = promisify(execFile);
const MODELS = ["openai/gpt-4o-mini", "anthropic/claude-sonnet-4-5", "google-ai-studio/gemini-2.5-flash"];

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

describe("Vercel AI SDK (openai-compatible provider)", () => {
  const provider = () => createOpenAICompatible({ name: "switchboard", baseURL: gateway.baseUrl, apiKey: project.apiKey, includeUsage: true });

  for (const model of MODELS) {
    test(`${model}: generateText and streamText`, async () => {
      const generated = await generateText({ model: provider()(model), prompt: "hello from the ai sdk", maxRetries: 0 });
      assert.match(generated.text, /Echo: hello from the ai sdk/);
      assert.ok((generated.usage.outputTokens ?? 0) > 0);

      const streamed = streamText({ model: provider()(model), prompt: "stream from the ai sdk", maxRetries: 0 });
      const parts: string[] = [];
      for await (const part of streamed.textStream) parts.push(part);
      assert.ok(parts.length > 1, "expected several text parts");
      assert.match(parts.join(""), /Echo: stream from the ai sdk/);
      assert.ok(((await streamed.usage).outputTokens ?? 0) > 0);
    });
  }
});

describe("curl", () => {
  for (const model of MODELS) {
    test(`${model}: JSON and streamed`, async () => {
      const body = (stream: boolean) => JSON.stringify({ model, stream, messages: [{ role: "user", content: "hello from curl" }] });
      const common = ["-sS", `${gateway.baseUrl}/chat/completions`, "-H", `Authorization: Bearer ${project.apiKey}`, "-H", "Content-Type: application/json"];
      const plain = await run("curl", [...common, "-d", body(false)]);
      assert.match(JSON.parse(plain.stdout).choices[0].message.content, /Echo: hello from curl/);

      const streamed = await run("curl", ["-N", ...common, "-d", body(true)]);
      const events = streamed.stdout.split("\n\n").filter(Boolean);
      assert.equal(events.at(-1)?.trim(), "data: [DONE]");
      const text = events
        .slice(0, -1)
        .map((event) => JSON.parse(event.replace(/^data: /, "")).choices[0]?.delta?.content ?? "")
        .join("");
      assert.match(text, /Echo: hello from curl/);
    });
  }
});
