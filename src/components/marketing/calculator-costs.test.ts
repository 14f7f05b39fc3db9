import assert from "node:assert/strict";
import { test } from "node:test";
import { computeCost, findModel } from "@/server/catalog";
import { calculatorModels } from "./calculator-data";
import { isSameAmount, lowestTotal, monthlyCosts, type CalculatorModel } from "./calculator-costs";

const MODEL: CalculatorModel = {
  id: "m",
  name: "M",
  kind: "chat",
  offerings: [
    { providerId: "dear", providerName: "Dear", prices: { input: "0.000003", output: "0.000015", cachedInput: "0.0000003" } },
    { providerId: "cheap", providerName: "Cheap", prices: { input: "0.000001", output: "0.000002" } },
  ],
};

test("a month of tokens costs tokens × price on each offering, cheapest first", () => {
  const costs = monthlyCosts(MODEL, { inputTokens: 10_000_000, cachedInputTokens: 5_000_000, outputTokens: 2_000_000 });
  assert.deepEqual(
    costs.map((entry) => [entry.offering.providerId, entry.cost.totalUsd]),
    [
      // 15M input at $1 (no cache discount) + 2M output at $2
      ["cheap", "19"],
      // 10M at $3 + 5M cached at $0.30 + 2M at $15
      ["dear", "61.5"],
    ],
  );
  assert.equal(costs[1]?.cost.cachedInputUsd, "1.5");
});

test("the lowest total is found across models and compared exactly", () => {
  const costs = monthlyCosts(MODEL, { inputTokens: 1, cachedInputTokens: 0, outputTokens: 0 });
  assert.equal(lowestTotal(costs), "0.000001");
  assert.equal(lowestTotal([]), null);
  assert.ok(isSameAmount("0.0000010", "0.000001"));
});

test("the calculator's data matches the catalog's prices and skips retired offerings", () => {
  const now = new Date("2026-11-24T00:00:00Z");
  const models = calculatorModels(now);
  const sonnet = models.find((model) => model.id === "claude-sonnet-4-5");
  const catalogSonnet = findModel("claude-sonnet-4-5")?.model;
  assert.ok(sonnet && catalogSonnet);
  const usage = { promptTokens: 3_000_000, cachedTokens: 1_000_000, completionTokens: 500_000 };
  const anthropic = catalogSonnet.offerings.find((offering) => offering.providerId === "anthropic");
  assert.ok(anthropic);
  const [cheapest] = monthlyCosts(sonnet, { inputTokens: 2_000_000, cachedInputTokens: 1_000_000, outputTokens: 500_000 });
  assert.equal(cheapest?.cost.totalUsd, computeCost({ prices: anthropic.prices }, usage).totalUsd);
  for (const model of models) assert.ok(model.offerings.length > 0, model.id);
  assert.ok(!models.some((model) => model.id === "gpt-4-turbo"), "retired on 2026-10-23");
});
