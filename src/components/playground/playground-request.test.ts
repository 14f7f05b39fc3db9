import assert from "node:assert/strict";
import { test } from "node:test";
import { buildChatRequest, EXAMPLE_SCHEMA, EXAMPLE_TOOLS, parseTools, validateSettings, type PlaygroundSettings } from "./playground-request";

const SETTINGS: PlaygroundSettings = {
  system: "Be brief.",
  turns: [
    { id: "1", role: "user", content: "Hi" },
    { id: "2", role: "assistant", content: "Hello!" },
    { id: "3", role: "user", content: "Weather?" },
    { id: "4", role: "user", content: "   " },
  ],
  temperature: "0.7",
  maxTokens: "256",
  toolsJson: EXAMPLE_TOOLS,
  responseFormat: "none",
  schemaJson: "",
};

test("a valid form becomes a streamed chat request with usage, skipping empty turns", () => {
  assert.deepEqual(validateSettings(SETTINGS), {});
  const body = buildChatRequest(SETTINGS, "gpt-4o-mini");
  assert.deepEqual(body.messages, [
    { role: "system", content: "Be brief." },
    { role: "user", content: "Hi" },
    { role: "assistant", content: "Hello!" },
    { role: "user", content: "Weather?" },
  ]);
  assert.equal(body.temperature, 0.7);
  assert.equal(body.max_tokens, 256);
  assert.equal(body.tools?.[0]?.function.name, "get_weather");
  assert.equal(body.stream, true);
  assert.deepEqual(body.stream_options, { include_usage: true });
  assert.equal("response_format" in body, false);
});

test("empty optional fields are left out so the model's defaults apply", () => {
  const body = buildChatRequest({ ...SETTINGS, system: "", temperature: "", maxTokens: "", toolsJson: "  " }, "m");
  assert.deepEqual(Object.keys(body).sort(), ["messages", "model", "stream", "stream_options"]);
});

test("response formats", () => {
  assert.deepEqual(buildChatRequest({ ...SETTINGS, responseFormat: "json_object" }, "m").response_format, { type: "json_object" });
  const schema = buildChatRequest({ ...SETTINGS, responseFormat: "json_schema", schemaJson: EXAMPLE_SCHEMA }, "m").response_format;
  assert.deepEqual(schema, { type: "json_schema", json_schema: { name: "response", schema: JSON.parse(EXAMPLE_SCHEMA) } });
});

test("every field says what is wrong with it", () => {
  const errors = validateSettings({ ...SETTINGS, turns: [{ id: "1", role: "user", content: "" }], temperature: "3", maxTokens: "1.5", toolsJson: "{", responseFormat: "json_schema", schemaJson: "[1]" });
  assert.equal(errors.turns, "Write a message to send.");
  assert.equal(errors.temperature, "Between 0 and 2.");
  assert.equal(errors.maxTokens, "A whole number of at least 1.");
  assert.match(errors.toolsJson ?? "", /^Not valid JSON/);
  assert.equal(errors.schemaJson, "The schema must be a JSON object.");
  assert.match(validateSettings({ ...SETTINGS, responseFormat: "json_schema", schemaJson: "" }).schemaJson ?? "", /Paste the JSON schema/);
});

test("tools must be an array of well-formed function tools", () => {
  assert.match(String((parseTools('{"type":"function"}') as { error: string }).error), /JSON array/);
  assert.match(String((parseTools('[{"type":"function"}]') as { error: string }).error), /Tool 1 needs/);
  assert.match(String((parseTools('[{"type":"function","function":{"name":"bad name"}}]') as { error: string }).error), /letters, digits/);
  assert.match(String((parseTools('[{"type":"function","function":{"name":"ok","parameters":[]}}]') as { error: string }).error), /JSON schema object/);
  assert.equal((parseTools('[{"type":"function","function":{"name":"ok"}}]') as { tools: unknown[] }).tools.length, 1);
});
