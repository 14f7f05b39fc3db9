import Decimal from "decimal.js";
import { computeCost, type CostBreakdown } from "@/server/catalog/money";
import type { ModelKind, TokenPrices } from "@/server/catalog/types";

// The calculator's data and maths. The catalog itself stays on the server: the page hands the browser only the
// per-token prices of each offering, and costs are computed with the catalog's own exact computeCost.

export interface CalculatorOffering {
  readonly providerId: string;
  readonly providerName: string;
  readonly prices: TokenPrices;
  /** Prompts above this many tokens in one request are billed at a higher tier (not modelled per month). */
  readonly longContextAbove?: number;
}

export interface CalculatorModel {
  readonly id: string;
  readonly name: string;
  readonly kind: ModelKind;
  readonly offerings: readonly CalculatorOffering[];
}

export interface MonthlyUsage {
  /** Prompt tokens billed at the full input price. */
  readonly inputTokens: number;
  /** Prompt tokens read from the provider's prompt cache. */
  readonly cachedInputTokens: number;
  readonly outputTokens: number;
}

export interface OfferingCost {
  readonly modelId: string;
  readonly offering: CalculatorOffering;
  readonly cost: CostBreakdown;
}

/**
 * A month of tokens on each of a model's offerings, cheapest first. Long-context tiers apply per request, and
 * a month is many requests, so the base prices are used; the page says which offerings have such a tier.
 */
export function monthlyCosts(model: CalculatorModel, usage: MonthlyUsage): OfferingCost[] {
  const costs = model.offerings.map((offering) => ({
    modelId: model.id,
    offering,
    cost: computeCost(
      { prices: offering.prices },
      { promptTokens: usage.inputTokens + usage.cachedInputTokens, cachedTokens: usage.cachedInputTokens, completionTokens: usage.outputTokens },
    ),
  }));
  return costs.sort((a, b) => new Decimal(a.cost.totalUsd).comparedTo(b.cost.totalUsd));
}

/** The lowest total among all shown costs, to highlight every option that reaches it. */
export function lowestTotal(costs: readonly OfferingCost[]): string | null {
  let lowest: string | null = null;
  for (const { cost } of costs) if (lowest === null || new Decimal(cost.totalUsd).lessThan(lowest)) lowest = cost.totalUsd;
  return lowest;
}

export function isSameAmount(a: string, b: string | null): boolean {
  return b !== null && new Decimal(a).equals(b);
}

export const MAX_COMPARED_MODELS = 4;
