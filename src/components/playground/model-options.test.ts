import assert from "node:assert/strict";
import { test } from "node:test";
import { findModelOption, formatContext, MODEL_OPTIONS, searchModels } from "./model-options";

test("the picker lists every chat model of the catalog and no embedding model", () => {
  assert.ok(MODEL_OPTIONS.length > 50);
  assert.ok(findModelOption("gpt-4o-mini"));
  assert.ok(findModelOption("GPT-4o-mini"), "ids match case-insensitively");
  assert.equal(MODEL_OPTIONS.some((option) => option.id.includes("embedding")), false);
});

test("search matches name, id, provider and capability words, id and name matches first", () => {
  const ids = (query: string, required?: Set<"tools" | "vision" | "json" | "reasoning">) => searchModels(MODEL_OPTIONS, query, required).map((option) => option.id);
  assert.ok(ids("gpt 4o mini").includes("gpt-4o-mini"));
  assert.ok(ids("GPT-4o mini").includes("gpt-4o-mini"), "by display name");
  const groq = searchModels(MODEL_OPTIONS, "groq");
  assert.ok(groq.length > 0 && groq.every((option) => option.providers.some((provider) => provider.id === "groq")));
  assert.ok(searchModels(MODEL_OPTIONS, "anthropic vision").every((option) => option.capabilities.has("vision")));
  assert.deepEqual(ids("no-such-model-anywhere"), []);
  const mini = ids("mini");
  assert.ok(mini.indexOf("gpt-4o-mini") < mini.length);
  assert.ok(searchModels(MODEL_OPTIONS, "mini").slice(0, 3).every((option) => `${option.id} ${option.name}`.toLowerCase().includes("mini")));
});

test("capability filters keep only models that have every required capability", () => {
  const both = searchModels(MODEL_OPTIONS, "", new Set(["tools", "reasoning"] as const));
  assert.ok(both.length > 0);
  assert.ok(both.every((option) => option.capabilities.has("tools") && option.capabilities.has("reasoning")));
  assert.ok(both.length < MODEL_OPTIONS.length);
});

test("context sizes read like people say them", () => {
  assert.equal(formatContext(128_000), "128K");
  assert.equal(formatContext(1_048_576), "1M");
  assert.equal(formatContext(2_000_000), "2M");
});
