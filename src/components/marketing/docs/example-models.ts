import { findModel, type CatalogModel } from "@/server/catalog";
import { formatPerMillion } from "../format";
import { providerName, summarizeModel } from "../model-summary";

// The models the docs use in their examples. Which ones is an editorial choice; the prices quoted next to them
// come from the catalog, and a missing id fails the build instead of printing a wrong sample.

function catalogModel(id: string): CatalogModel {
  const lookup = findModel(id);
  if (!lookup) throw new Error(`Docs example model "${id}" is not in the catalog`);
  return lookup.model;
}

export const ROUTED_EXAMPLE = catalogModel("gpt-4o-mini");
export const PINNED_EXAMPLE = catalogModel("claude-sonnet-4-5");
export const PINNED_PROVIDER = "anthropic";
export const PINNED_EXAMPLE_ID = `${PINNED_PROVIDER}/${PINNED_EXAMPLE.id}`;
export const EMBEDDING_EXAMPLE = catalogModel("text-embedding-3-small");

/** "$0.15 input and $0.60 output per million tokens" at the cheapest provider. */
export function priceSentence(model: CatalogModel): string {
  const summary = summarizeModel(model);
  return `${formatPerMillion(summary.cheapestInput)} input and ${formatPerMillion(summary.cheapestOutput)} output per million tokens`;
}

/** "OpenAI" or "OpenAI and OpenRouter" — who serves a model, from the catalog. */
export function providerList(model: CatalogModel): string {
  const names = model.offerings.map((offering) => providerName(offering.providerId));
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
