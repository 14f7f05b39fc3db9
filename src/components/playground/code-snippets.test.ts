import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { curlSnippet, openAiSdkSnippet } from "./code-snippets";
import type { ChatRequestBody } from "./playground-request";

const BODY: ChatRequestBody = {
  model: "gpt-4o-mini",
  messages: [
    { role: "system", content: "You're terse." },
    { role: "user", content: "What's the weather in Paris?" },
  ],
  temperature: 0.2,
  tools: [{ type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }],
  stream: true,
  stream_options: { include_usage: true },
};

test("the curl snippet sends exactly the playground's body, single quotes and all, with the key from the environment", () => {
  const snippet = curlSnippet(BODY, "https://sb.example/v1");
  assert.match(snippet, /^curl -N https:\/\/sb\.example\/v1\/chat\/completions/);
  assert.match(snippet, /"Authorization: Bearer \$SWITCHBOARD_API_KEY"/);
  // Let a real shell parse the -d argument back: it must be the JSON body unchanged.
  const dataArgument = snippet.slice(snippet.indexOf("-d ") + 3);
  const parsed = execFileSync("sh", ["-c", `printf %s ${dataArgument}`], { encoding: "utf8" });
  assert.deepEqual(JSON.parse(parsed), BODY);
});

test("the SDK snippet passes the same fields and streams", () => {
  const snippet = openAiSdkSnippet(BODY, "https://sb.example/v1");
  assert.match(snippet, /baseURL: "https:\/\/sb\.example\/v1"/);
  assert.match(snippet, /apiKey: process\.env\.SWITCHBOARD_API_KEY/);
  assert.match(snippet, /model: "gpt-4o-mini",/);
  assert.match(snippet, /temperature: 0\.2,/);
  assert.match(snippet, /"name": "get_weather"/);
  assert.match(snippet, /stream: true/);
  assert.equal(snippet.match(/stream_options/g)?.length, 1);
});
