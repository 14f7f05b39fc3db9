import assert from "node:assert/strict";
import { test } from "node:test";
import { compactCount, formatKeyLimits } from "./format-key-limits";

const NONE = { rateLimitRpm: null, rateLimitTpm: null, allowedModels: [], spendLimitUsd: null, spendPeriod: "lifetime" as const };

test("limits read as one compact line, and no limits as none", () => {
  assert.equal(
    formatKeyLimits({ rateLimitRpm: 60, rateLimitTpm: 100_000, allowedModels: ["gpt-4o-mini", "claude-haiku-4-5"], spendLimitUsd: "25", spendPeriod: "month" }),
    "60 rpm · 100k tpm · 2 models · $25/month",
  );
  assert.equal(formatKeyLimits({ ...NONE, allowedModels: ["gpt-4o-mini"] }), "gpt-4o-mini");
  assert.equal(formatKeyLimits({ ...NONE, spendLimitUsd: "12.5" }), "$12.5 total");
  assert.equal(formatKeyLimits({ ...NONE, spendLimitUsd: "3", spendPeriod: "day" }), "$3/day");
  assert.equal(formatKeyLimits(NONE), null);
});

test("counts are abbreviated without losing a meaningful digit", () => {
  assert.deepEqual([950, 1000, 1500, 100_000, 1_500_000, 1_000_000, 2_000_000_000, 1_234_567].map(compactCount), ["950", "1k", "1.5k", "100k", "1.5M", "1M", "2B", "1.2M"]);
});
