import assert from "node:assert/strict";
import { test } from "node:test";
import { describeRouteReason, formatPercent, formatPricePerMillion, formatScore, formatTokensPerSecond, winnerIndex } from "./describe-routing";

test("every routing reason reads in plain words; a config rule leads", () => {
  assert.equal(describeRouteReason({ reason: "scored" }).title, "Scored on live metrics");
  assert.equal(describeRouteReason({ reason: "price-only" }).title, "Price only (no metrics yet)");
  assert.equal(describeRouteReason({ reason: "exploration" }).title, "Exploration");
  assert.equal(describeRouteReason({ reason: "pinned" }).title, "Pinned");
  assert.equal(describeRouteReason({ reason: "single-candidate" }).title, "Single candidate");
  assert.equal(describeRouteReason({ reason: "provider-order" }).title, "Provider order");
  assert.equal(describeRouteReason({ reason: "provider-sort" }).title, "Provider sort");
  const rule = describeRouteReason({ reason: "price-only", rule: "gpt fallback" });
  assert.equal(rule.title, 'Config rule "gpt fallback"');
  assert.match(rule.detail, /price only/);
  assert.equal(describeRouteReason({ reason: "something-new" }).title, "something-new", "an unknown reason is shown as stored");
});

test("the winner is told apart from the same provider with another credential", () => {
  const candidates = [
    { provider: "openai", credentialSource: "byok" },
    { provider: "openai", credentialSource: "platform" },
    { provider: "azure", credentialSource: "platform" },
  ];
  assert.equal(winnerIndex(candidates, "openai", [{ provider: "openai", credentialSource: "platform", status: 200 }]), 1);
  assert.equal(winnerIndex(candidates, "openai", []), 0);
  assert.equal(winnerIndex(candidates, "azure", [{ provider: "azure", credentialSource: "platform", status: 503 }]), 2);
  assert.equal(winnerIndex(candidates, "groq", []), -1);
});

test("metric inputs are formatted for reading", () => {
  assert.equal(formatScore(0.934512), "0.93");
  assert.equal(formatScore(undefined), "—");
  assert.equal(formatPercent(0.995), "99.5%");
  assert.equal(formatPercent(null), "—");
  assert.equal(formatTokensPerSecond(312.456), "312.5 tok/s");
  assert.equal(formatPricePerMillion(0.00000075), "$0.75/1M");
  assert.equal(formatPricePerMillion(0.0000138), "$13.8/1M");
});
