import assert from "node:assert/strict";
import { test } from "node:test";
import { offeringsFor } from "../../catalog";
import { estimatePromptTokens, estimateUsage, meter } from "./usage";

test("without provider usage, tokens are estimated at about four characters per token and flagged", () => {
  const request = { model: "gpt-4o-mini", messages: [{ role: "system" as const, content: "12345678" }, { role: "user" as const, content: [{ type: "text" as const, text: "abcd" }] }] };
  assert.equal(estimatePromptTokens(request), 3);
  const usage = estimateUsage(request, "0123456789");
  assert.deepEqual(usage, { promptTokens: 3, completionTokens: 3, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 });
  const metered = meter(offeringsFor("openai/gpt-4o-mini")[0]!, usage, true);
  assert.equal(metered.estimated, true);
  // 3 × $0.15/M + 3 × $0.60/M, exactly.
  assert.equal(metered.cost.totalUsd, "0.00000225");
});

test("a custom provider has no catalog price and is metered at zero; cached tokens never exceed the prompt", () => {
  const usage = { promptTokens: 10, completionTokens: 5, cachedTokens: 50, cacheWriteTokens: 0, reasoningTokens: 0 };
  assert.equal(meter(null, usage, false).cost.totalUsd, "0");
  const metered = meter(offeringsFor("openai/gpt-4o-mini")[0]!, usage, false);
  assert.equal(metered.cost.inputUsd, "0");
  assert.equal(metered.cost.cachedInputUsd, "0.00000075");
});
