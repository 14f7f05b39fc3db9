import { findModel, findProvider, isRetired, listModels, type CatalogModel, type ModelOffering } from "../../catalog";
import { modelNotFound } from "../errors";
import { sendJson, type ExchangeContext } from "./respond";

// Catalog data never changes while the process runs, so the listing is serialised once.
const CREATED = Math.floor(Date.parse("2025-01-01T00:00:00Z") / 1000);

function describeOffering(offering: ModelOffering) {
  return {
    provider: offering.providerId,
    provider_name: findProvider(offering.providerId)?.name ?? offering.providerId,
    id: `${offering.providerId}/${offering.modelId}`,
    provider_model: offering.providerModel,
    context_length: offering.contextWindow,
    max_output_tokens: offering.maxOutput,
    pricing: {
      prompt: offering.prices.input,
      completion: offering.prices.output,
      input_cache_read: offering.prices.cachedInput ?? null,
      input_cache_write: offering.prices.cacheWrite ?? null,
    },
    capabilities: offering.capabilities,
    stability: offering.stability,
    deprecated_at: offering.deprecatedAt ?? null,
    prices_as_of: offering.pricesAsOf,
  };
}

/** OpenAI's model object, extended with what a gateway client needs to choose: prices per token, context, capabilities. */
function describeModel(model: CatalogModel) {
  const live = model.offerings.filter((offering) => !isRetired(offering));
  const cheapest = [...live].sort((a, b) => Number(a.prices.input) - Number(b.prices.input))[0] ?? model.offerings[0]!;
  return {
    id: model.id,
    object: "model" as const,
    created: CREATED,
    owned_by: model.vendor,
    name: model.name,
    description: model.description,
    type: model.kind,
    context_length: Math.max(...live.map((o) => o.contextWindow), 0),
    pricing: describeOffering(cheapest).pricing,
    capabilities: cheapest.capabilities,
    providers: live.map(describeOffering),
  };
}

let listing: string | undefined;

export async function handleListModels(exchange: ExchangeContext): Promise<void> {
  listing ??= JSON.stringify({ object: "list", data: listModels().filter((m) => m.offerings.some((o) => !isRetired(o))).map(describeModel) });
  exchange.sink.start(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(listing)), "x-request-id": exchange.requestId, "cache-control": "public, max-age=300" });
  exchange.sink.end(listing);
}

export async function handleGetModel(exchange: ExchangeContext, match: RegExpExecArray): Promise<void> {
  let id: string;
  try {
    id = decodeURIComponent(match[1]!);
  } catch {
    throw modelNotFound(match[1]!);
  }
  const lookup = findModel(id);
  if (!lookup) throw modelNotFound(id);
  const described = describeModel(lookup.model);
  sendJson(exchange, 200, lookup.pinnedProvider ? { ...described, id, providers: [describeOffering(lookup.pinnedProvider)] } : described);
}
