/**
 * Read-only access to the model/provider catalog. All indexes are built once at module load, so
 * every lookup is a Map hit; malformed data (duplicate ids, unknown providers) fails at startup
 * rather than on some customer's request.
 */
import { MODELS } from './models';
import { PROVIDERS, type ProviderId } from './providers';
import type { CatalogModel, ModelKind, ModelOffering } from './types';

export { computeCost, pricePerMillion, isPlainUsdAmount } from './money';
export type { CostBreakdown, PricedOffering, TokenUsage } from './money';
export type { ModelId } from './models';
export type { ProviderId } from './providers';
export type {
  Capabilities,
  CatalogModel,
  LongContextPrices,
  ModelKind,
  ModelOffering,
  Stability,
  TokenPrices,
  Vendor,
  WireFormat,
} from './types';

export type CatalogProvider = (typeof PROVIDERS)[number];

export interface ModelLookup {
  readonly model: CatalogModel;
  /** Present when the caller named a provider (`groq/llama-3.3-70b`): route only there. */
  readonly pinnedProvider?: ModelOffering;
}

interface PinnedEntry {
  readonly model: CatalogModel;
  readonly offering: ModelOffering;
}

/** Ids and provider model names are matched case-insensitively; clients are sloppy with case. */
function normalize(id: string): string {
  return id.trim().toLowerCase();
}

const providersById = new Map<string, CatalogProvider>();
for (const provider of PROVIDERS) {
  if (providersById.has(provider.id)) throw new Error(`Duplicate provider id "${provider.id}"`);
  providersById.set(provider.id, provider);
}

const modelsById = new Map<string, CatalogModel>();
/** `${providerId}/${bare model id or upstream model name}` → the one offering it names. */
const offeringsByPinnedId = new Map<string, PinnedEntry>();
/**
 * Upstream model name → model, so clients can send what they'd send upstream
 * (`claude-sonnet-4-5-20250929`, `meta-llama/Llama-3.3-70B-Instruct-Turbo`). `null` marks a name
 * two hosts use for different models: guessing would misroute, so it resolves to nothing.
 */
const modelsByUpstreamName = new Map<string, CatalogModel | null>();

function indexPinned(key: string, entry: PinnedEntry): void {
  const existing = offeringsByPinnedId.get(key);
  if (existing !== undefined && existing.offering !== entry.offering) {
    throw new Error(`Pinned id "${key}" would name both ${existing.model.id} and ${entry.model.id}`);
  }
  offeringsByPinnedId.set(key, entry);
}

for (const model of MODELS) {
  const modelKey = normalize(model.id);
  if (modelsById.has(modelKey)) throw new Error(`Duplicate model id "${model.id}"`);
  if (modelKey.includes('/')) throw new Error(`Model id "${model.id}" must not contain "/"`);
  modelsById.set(modelKey, model);

  for (const offering of model.offerings) {
    if (!providersById.has(offering.providerId)) {
      throw new Error(`Model "${model.id}" references unknown provider "${offering.providerId}"`);
    }
    const entry = { model, offering };
    indexPinned(`${offering.providerId}/${modelKey}`, entry);
    indexPinned(`${offering.providerId}/${normalize(offering.providerModel)}`, entry);

    const upstreamKey = normalize(offering.providerModel);
    const previous = modelsByUpstreamName.get(upstreamKey);
    modelsByUpstreamName.set(upstreamKey, previous === undefined || previous === model ? model : null);
  }
}

export function listModels(options: { readonly kind?: ModelKind } = {}): readonly CatalogModel[] {
  const { kind } = options;
  return kind === undefined ? MODELS : MODELS.filter((model) => model.kind === kind);
}

/**
 * Resolves what a client put in `model`:
 *  1. a bare catalog id (`gpt-4o-mini`) → the model, any provider may serve it;
 *  2. `provider/<bare id or upstream name>` (`anthropic/claude-sonnet-4-5`,
 *     `groq/llama-3.3-70b-versatile`) → the model pinned to that provider's offering;
 *  3. an upstream model name used by the model's hosts (`openai/gpt-oss-120b`,
 *     `claude-sonnet-4-5-20250929`) → the model, unpinned.
 * Returns null when nothing matches, including a known provider that does not serve the model:
 * an explicit pin that cannot be honoured must not silently route elsewhere.
 */
export function findModel(requestedId: string): ModelLookup | null {
  const key = normalize(requestedId);
  if (key === '') return null;

  const bare = modelsById.get(key);
  if (bare !== undefined) return { model: bare };

  const pinned = offeringsByPinnedId.get(key);
  if (pinned !== undefined) return { model: pinned.model, pinnedProvider: pinned.offering };

  const byUpstreamName = modelsByUpstreamName.get(key);
  if (byUpstreamName !== undefined && byUpstreamName !== null) return { model: byUpstreamName };

  return null;
}

/** Offerings that may serve `modelId` (any form `findModel` accepts); empty when unknown. */
export function offeringsFor(modelId: string): readonly ModelOffering[] {
  const lookup = findModel(modelId);
  if (lookup === null) return [];
  return lookup.pinnedProvider === undefined ? lookup.model.offerings : [lookup.pinnedProvider];
}

export function listProviders(): readonly CatalogProvider[] {
  return PROVIDERS;
}

export function findProvider(id: string): CatalogProvider | null {
  return providersById.get(normalize(id)) ?? null;
}

export function isProviderId(id: string): id is ProviderId {
  return providersById.has(id);
}

/**
 * True once the upstream has stopped serving the offering. Routers should skip retired offerings;
 * they stay in the catalog so historical usage can still be priced and explained.
 */
export function isRetired(offering: Pick<ModelOffering, 'deprecatedAt'>, at: Date = new Date()): boolean {
  if (offering.deprecatedAt === undefined) return false;
  return at.getTime() >= Date.parse(`${offering.deprecatedAt}T00:00:00Z`);
}
