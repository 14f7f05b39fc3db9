import Decimal from "decimal.js";
import { findProvider, isRetired, type CatalogModel, type ModelOffering } from "@/server/catalog";
import { CAPABILITY_KEYS, type Availability, type CapabilityKey } from "./catalog-labels";

// Everything the marketing pages say about a model is derived here from the catalog, so the models table,
// the provider list and the model pages can never disagree about a price or a context size.

export interface ModelSummary {
  readonly id: string;
  readonly name: string;
  readonly vendor: CatalogModel["vendor"];
  readonly kind: CatalogModel["kind"];
  readonly description: string;
  /** Cheapest per-token prices among the offerings still served (possibly from different providers). */
  readonly cheapestInput: string;
  readonly cheapestOutput: string;
  readonly contextWindow: number;
  readonly maxOutput: number;
  /** What at least one provider supports. */
  readonly capabilities: readonly CapabilityKey[];
  readonly providerIds: readonly string[];
  readonly availability: Availability;
}

export function offeringAvailability(offering: ModelOffering, at: Date = new Date()): Availability {
  return isRetired(offering, at) ? "retired" : offering.stability;
}

/** Offerings the gateway still routes to; a model whose every offering is retired keeps all of them for display. */
export function servedOfferings(model: CatalogModel, at: Date = new Date()): readonly ModelOffering[] {
  const served = model.offerings.filter((offering) => !isRetired(offering, at));
  return served.length > 0 ? served : model.offerings;
}

function cheapest(prices: readonly string[]): string {
  return prices.reduce((best, price) => (new Decimal(price).lessThan(best) ? price : best));
}

function modelAvailability(model: CatalogModel, at: Date): Availability {
  const states = new Set(model.offerings.map((offering) => offeringAvailability(offering, at)));
  for (const state of ["stable", "beta", "deprecated"] as const) if (states.has(state)) return state;
  return "retired";
}

export function summarizeModel(model: CatalogModel, at: Date = new Date()): ModelSummary {
  const offerings = servedOfferings(model, at);
  return {
    id: model.id,
    name: model.name,
    vendor: model.vendor,
    kind: model.kind,
    description: model.description,
    cheapestInput: cheapest(offerings.map((offering) => offering.prices.input)),
    cheapestOutput: cheapest(offerings.map((offering) => offering.prices.output)),
    contextWindow: Math.max(...offerings.map((offering) => offering.contextWindow)),
    maxOutput: Math.max(...offerings.map((offering) => offering.maxOutput)),
    capabilities: CAPABILITY_KEYS.filter((key) => model.offerings.some((offering) => offering.capabilities[key])),
    providerIds: model.offerings.map((offering) => offering.providerId),
    availability: modelAvailability(model, at),
  };
}

export function providerName(providerId: string): string {
  return findProvider(providerId)?.name ?? providerId;
}

/** Offerings cheapest first, by input then output price: the order a buyer scans a price list in. */
export function offeringsByPrice(offerings: readonly ModelOffering[]): ModelOffering[] {
  return [...offerings].sort(
    (a, b) =>
      new Decimal(a.prices.input).comparedTo(b.prices.input) || new Decimal(a.prices.output).comparedTo(b.prices.output),
  );
}

/**
 * The served offerings sharing the lowest input and output price. When every provider charges the same, none is
 * singled out: "cheapest" would only be an accident of sort order.
 */
export function cheapestOfferings(sortedByPrice: readonly ModelOffering[], at: Date = new Date()): Set<ModelOffering> {
  const served = sortedByPrice.filter((offering) => !isRetired(offering, at));
  const first = served[0];
  if (!first) return new Set();
  const cheapest = served.filter(
    (offering) => new Decimal(offering.prices.input).equals(first.prices.input) && new Decimal(offering.prices.output).equals(first.prices.output),
  );
  return cheapest.length === served.length ? new Set() : new Set(cheapest);
}
