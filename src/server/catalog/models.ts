import { anthropicModels } from './model-data/anthropic';
import { deepseekModels } from './model-data/deepseek';
import { googleModels } from './model-data/google';
import { gptOssModels } from './model-data/gpt-oss';
import { metaLlamaModels } from './model-data/meta-llama';
import { mistralModels } from './model-data/mistral';
import { moonshotModels } from './model-data/moonshot';
import { openaiModels } from './model-data/openai';
import { otherModels } from './model-data/others';
import { qwenModels } from './model-data/qwen';
import { xaiModels } from './model-data/xai';
import { toTokenPrices } from './money';
import type { CatalogModel, ModelOffering, ModelSpec, ModelSpecFile, OfferingSpec } from './types';

/** Authored data, one file per vendor family. Order here is the order of `listModels()`. */
const SPEC_FILES = [
  openaiModels,
  gptOssModels,
  anthropicModels,
  googleModels,
  xaiModels,
  deepseekModels,
  mistralModels,
  metaLlamaModels,
  qwenModels,
  moonshotModels,
  otherModels,
] as const satisfies readonly ModelSpecFile[];

/** Every bare model id in the catalog, as a literal union for type-safe references. */
export type ModelId = (typeof SPEC_FILES)[number]['models'][number]['id'];

function toOffering(modelId: string, spec: OfferingSpec, pricesAsOf: string): ModelOffering {
  const offering: ModelOffering = {
    modelId,
    providerId: spec.providerId,
    providerModel: spec.providerModel,
    prices: Object.freeze(toTokenPrices(spec.perMillion)),
    ...(spec.longContext === undefined
      ? {}
      : {
          longContextPrices: Object.freeze({
            aboveInputTokens: spec.longContext.aboveInputTokens,
            prices: Object.freeze(toTokenPrices(spec.longContext.perMillion)),
          }),
        }),
    contextWindow: spec.contextWindow,
    maxOutput: spec.maxOutput,
    capabilities: Object.freeze({ ...spec.capabilities }),
    stability: spec.stability,
    ...(spec.deprecatedAt === undefined ? {} : { deprecatedAt: spec.deprecatedAt }),
    pricesAsOf,
    ...(spec.notes === undefined ? {} : { notes: spec.notes }),
  };
  return Object.freeze(offering);
}

function toCatalogModel(spec: ModelSpec, pricesAsOf: string): CatalogModel {
  const model: CatalogModel = {
    id: spec.id,
    name: spec.name,
    vendor: spec.vendor,
    family: spec.family,
    kind: spec.kind,
    description: spec.description,
    ...(spec.dimensions === undefined ? {} : { dimensions: spec.dimensions }),
    offerings: Object.freeze(spec.offerings.map((offering) => toOffering(spec.id, offering, pricesAsOf))),
  };
  return Object.freeze(model);
}

/**
 * The catalog with per-token prices, built once at module load. Frozen because it is shared
 * process-wide: a caller mutating an offering would silently change billing for everyone.
 */
export const MODELS: readonly CatalogModel[] = Object.freeze(
  SPEC_FILES.flatMap((file: ModelSpecFile) => file.models.map((spec) => toCatalogModel(spec, file.pricesAsOf))),
);
