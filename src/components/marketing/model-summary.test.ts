import assert from "node:assert/strict";
import { test } from "node:test";
import { listModels, type CatalogModel, type ModelOffering } from "@/server/catalog";
import { offeringsByPrice, summarizeModel } from "./model-summary";

const CAPS = { streaming: true, tools: true, vision: false, jsonOutput: true, reasoning: false };

function offering(providerId: ModelOffering["providerId"], input: string, output: string, extra: Partial<ModelOffering> = {}): ModelOffering {
  return {
    modelId: "m",
    providerId,
    providerModel: "m",
    prices: { input, output },
    contextWindow: 128_000,
    maxOutput: 8_000,
    capabilities: CAPS,
    stability: "stable",
    pricesAsOf: "2025-12-01",
    ...extra,
  };
}

function model(offerings: ModelOffering[]): CatalogModel {
  return { id: "m", name: "M", vendor: "meta", family: "m", kind: "chat", description: "", offerings };
}

const NOW = new Date("2026-01-01T00:00:00Z");

test("a summary takes the cheapest input and output separately and the largest limits", () => {
  const summary = summarizeModel(
    model([
      offering("groq", "0.00000059", "0.00000079", { contextWindow: 131_072 }),
      offering("together", "0.00000088", "0.00000070", { maxOutput: 32_000, capabilities: { ...CAPS, vision: true } }),
    ]),
    NOW,
  );
  assert.equal(summary.cheapestInput, "0.00000059");
  assert.equal(summary.cheapestOutput, "0.00000070");
  assert.equal(summary.contextWindow, 131_072);
  assert.equal(summary.maxOutput, 32_000);
  assert.deepEqual(summary.capabilities, ["tools", "vision", "jsonOutput"]);
  assert.deepEqual(summary.providerIds, ["groq", "together"]);
  assert.equal(summary.availability, "stable");
});

test("retired offerings do not set the price while another provider still serves the model", () => {
  const summary = summarizeModel(
    model([
      offering("moonshot", "0.0000001", "0.0000001", { stability: "deprecated", deprecatedAt: "2025-06-01" }),
      offering("together", "0.000001", "0.000003", { stability: "beta" }),
    ]),
    NOW,
  );
  assert.equal(summary.cheapestInput, "0.000001");
  assert.equal(summary.availability, "beta");
});

test("a model no provider serves any more is shown as retired, with its last prices", () => {
  const summary = summarizeModel(model([offering("openai", "0.00001", "0.00003", { stability: "deprecated", deprecatedAt: "2025-10-01" })]), NOW);
  assert.equal(summary.availability, "retired");
  assert.equal(summary.cheapestInput, "0.00001");
});

test("every catalog model can be summarised", () => {
  for (const catalogModel of listModels()) {
    const summary = summarizeModel(catalogModel);
    assert.ok(summary.contextWindow > 0, catalogModel.id);
  }
});

test("offerings sort cheapest first, by input then output", () => {
  const sorted = offeringsByPrice([offering("a" as "groq", "2", "1"), offering("b" as "groq", "1", "5"), offering("c" as "groq", "1", "2")]);
  assert.deepEqual(
    sorted.map((entry) => entry.providerId),
    ["c", "b", "a"],
  );
});
