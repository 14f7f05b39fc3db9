/**
 * Shapes of the model/provider catalog.
 *
 * Two layers exist on purpose:
 *  - `*Spec` types describe the data as it is authored in `model-data/*.ts`, with prices written
 *    per million tokens exactly as providers publish them (easy to review against a pricing page).
 *  - `Catalog*` / `ModelOffering` types describe what the rest of the server consumes, with prices
 *    converted to exact USD-per-token decimal strings.
 */
import type { ProviderId } from './providers';

/** Request/response dialect an upstream speaks; selects the adapter. */
export type WireFormat = 'openai' | 'anthropic' | 'google';

export type Stability = 'stable' | 'beta' | 'deprecated';

export type ModelKind = 'chat' | 'embedding';

/** Who trained the model (not who serves it). */
export type Vendor =
  | 'openai'
  | 'anthropic'
  | 'google'
  | 'meta'
  | 'mistral'
  | 'deepseek'
  | 'xai'
  | 'alibaba'
  | 'moonshot'
  | 'perplexity'
  | 'zhipu'
  | 'cohere';

export interface Capabilities {
  readonly streaming: boolean;
  /** Function/tool calling through the provider's native API. */
  readonly tools: boolean;
  /** Accepts image input. */
  readonly vision: boolean;
  /** Provider can constrain output to JSON (JSON mode or structured outputs). */
  readonly jsonOutput: boolean;
  /** Produces a separate thinking/reasoning phase (billed as output tokens). */
  readonly reasoning: boolean;
}

export interface ProviderDefinition {
  /** Lowercase slug; also the prefix in provider-pinned model ids (`groq/llama-3.3-70b`). */
  readonly id: string;
  readonly name: string;
  readonly wireFormat: WireFormat;
  /**
   * OpenAI-compatible providers include their version prefix so adapters only append
   * `/chat/completions`; Anthropic and Google are bare hosts because their adapters add the
   * versioned path themselves.
   */
  readonly defaultBaseUrl: string;
  readonly baseUrlEnv: string;
  readonly apiKeyEnv: string;
  readonly website: string;
  readonly supportsEmbeddings: boolean;
}

/** USD per one million tokens, as decimal strings (never JS numbers: money must stay exact). */
export interface PricesPerMillion {
  readonly input: string;
  readonly output: string;
  /** Prompt tokens served from the provider's cache. Absent: billed as normal input. */
  readonly cachedInput?: string;
  /** Prompt tokens written to the cache (Anthropic-style). Absent: billed as normal input. */
  readonly cacheWrite?: string;
}

/**
 * Some providers bill the whole request at a higher rate once the prompt exceeds a threshold
 * (Gemini Pro above 200K, Grok Fast above 128K). The tier replaces the base prices entirely.
 */
export interface LongContextSpec {
  readonly aboveInputTokens: number;
  readonly perMillion: PricesPerMillion;
}

export interface OfferingSpec {
  readonly providerId: ProviderId;
  /** Exact model name the upstream expects in its request body. */
  readonly providerModel: string;
  readonly perMillion: PricesPerMillion;
  readonly longContext?: LongContextSpec;
  /** Maximum prompt + completion tokens (for embeddings: maximum input tokens). */
  readonly contextWindow: number;
  /** Maximum completion tokens the upstream accepts; 0 for embedding models. */
  readonly maxOutput: number;
  readonly capabilities: Capabilities;
  readonly stability: Stability;
  /**
   * ISO date on which the upstream stops (or stopped) serving this model. Only meaningful
   * with `stability: 'deprecated'`; a deprecated offering without it has no announced date.
   */
  readonly deprecatedAt?: string;
  /** Billing or behaviour quirks that the price fields cannot express. */
  readonly notes?: string;
}

export interface ModelSpec {
  /** Bare, provider-neutral id (`gpt-4o-mini`, `llama-3.3-70b`); never contains `/`. */
  readonly id: string;
  readonly name: string;
  readonly vendor: Vendor;
  readonly family: string;
  readonly kind: ModelKind;
  readonly description: string;
  /** Output vector size; embedding models only. */
  readonly dimensions?: number;
  readonly offerings: readonly OfferingSpec[];
}

/** One authored data file: every price in it was checked as of `pricesAsOf`. */
export interface ModelSpecFile {
  readonly pricesAsOf: string;
  readonly models: readonly ModelSpec[];
}

/** USD per single token, as exact decimal strings (`'0.00000015'` = $0.15 per million). */
export interface TokenPrices {
  readonly input: string;
  readonly output: string;
  readonly cachedInput?: string;
  readonly cacheWrite?: string;
}

export interface LongContextPrices {
  readonly aboveInputTokens: number;
  readonly prices: TokenPrices;
}

export interface ModelOffering {
  readonly modelId: string;
  readonly providerId: ProviderId;
  readonly providerModel: string;
  readonly prices: TokenPrices;
  readonly longContextPrices?: LongContextPrices;
  readonly contextWindow: number;
  readonly maxOutput: number;
  readonly capabilities: Capabilities;
  readonly stability: Stability;
  readonly deprecatedAt?: string;
  /** ISO date the prices were last checked against the provider's list prices. */
  readonly pricesAsOf: string;
  readonly notes?: string;
}

export interface CatalogModel {
  readonly id: string;
  readonly name: string;
  readonly vendor: Vendor;
  readonly family: string;
  readonly kind: ModelKind;
  readonly description: string;
  readonly dimensions?: number;
  readonly offerings: readonly ModelOffering[];
}
