import Decimal from 'decimal.js';
import type { LongContextPrices, PricesPerMillion, TokenPrices } from './types';

/**
 * A private Decimal constructor so catalog maths never depends on (or changes) the global
 * decimal.js configuration. 40 significant digits is far beyond what token prices × token counts
 * need, so no operation here ever rounds.
 */
const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
type Money = InstanceType<typeof Money>;

const ONE_MILLION = new Money(1_000_000);

/**
 * Plain non-negative decimals only. decimal.js would also accept `1e-7`, `0x1f`, `Infinity` or a
 * leading `-`; none of those belong in a price table, so they are rejected up front.
 */
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

export function isPlainUsdAmount(value: string): boolean {
  return PLAIN_DECIMAL.test(value);
}

function parseUsd(value: string, label: string): Money {
  if (!isPlainUsdAmount(value)) {
    throw new RangeError(`${label} must be a non-negative plain decimal string, got "${value}"`);
  }
  return new Money(value);
}

/** toFixed() without arguments never switches to exponent notation and never rounds. */
function format(amount: Money): string {
  return amount.toFixed();
}

function perMillionToPerToken(price: string, label: string): string {
  return format(parseUsd(price, label).dividedBy(ONE_MILLION));
}

/** Converts authored per-million prices to the per-token strings used for billing. */
export function toTokenPrices(perMillion: PricesPerMillion): TokenPrices {
  return {
    input: perMillionToPerToken(perMillion.input, 'input price'),
    output: perMillionToPerToken(perMillion.output, 'output price'),
    ...(perMillion.cachedInput === undefined
      ? {}
      : { cachedInput: perMillionToPerToken(perMillion.cachedInput, 'cached input price') }),
    ...(perMillion.cacheWrite === undefined
      ? {}
      : { cacheWrite: perMillionToPerToken(perMillion.cacheWrite, 'cache write price') }),
  };
}

/** Per-token USD price → USD per million tokens, for display (`'0.00000015'` → `'0.15'`). */
export function pricePerMillion(pricePerToken: string): string {
  return format(parseUsd(pricePerToken, 'price').times(ONE_MILLION));
}

export interface TokenUsage {
  /** All prompt tokens, including the cached and cache-write portions below. */
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** Prompt tokens read from the provider's cache. */
  readonly cachedTokens?: number;
  /** Prompt tokens written to the provider's cache. */
  readonly cacheWriteTokens?: number;
}

/** USD amounts as exact decimal strings. */
export interface CostBreakdown {
  readonly inputUsd: string;
  readonly cachedInputUsd: string;
  readonly cacheWriteUsd: string;
  readonly outputUsd: string;
  readonly totalUsd: string;
}

/** The subset of an offering needed to price a request; lets callers price stored snapshots too. */
export interface PricedOffering {
  readonly prices: TokenPrices;
  readonly longContextPrices?: LongContextPrices;
}

function tokenCount(label: string, value: number | undefined): Money {
  const count = value ?? 0;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`${label} must be a non-negative integer, got ${String(value)}`);
  }
  return new Money(count);
}

/** Providers with a long-context tier bill the entire request at the tier rate. */
function pricesForPrompt(offering: PricedOffering, promptTokens: Money): TokenPrices {
  const tier = offering.longContextPrices;
  return tier !== undefined && promptTokens.greaterThan(tier.aboveInputTokens) ? tier.prices : offering.prices;
}

/**
 * Exact cost of one request. Cached reads and cache writes are carved out of `promptTokens`;
 * where an offering has no discounted cache price those tokens are billed at the input rate,
 * which is what providers without prompt caching effectively do.
 */
export function computeCost(offering: PricedOffering, usage: TokenUsage): CostBreakdown {
  const promptTokens = tokenCount('promptTokens', usage.promptTokens);
  const completionTokens = tokenCount('completionTokens', usage.completionTokens);
  const cachedTokens = tokenCount('cachedTokens', usage.cachedTokens);
  const cacheWriteTokens = tokenCount('cacheWriteTokens', usage.cacheWriteTokens);

  const uncachedTokens = promptTokens.minus(cachedTokens).minus(cacheWriteTokens);
  if (uncachedTokens.isNegative()) {
    throw new RangeError(
      `cachedTokens + cacheWriteTokens (${cachedTokens.plus(cacheWriteTokens).toFixed()}) exceed promptTokens (${promptTokens.toFixed()})`,
    );
  }

  const prices = pricesForPrompt(offering, promptTokens);
  const inputUsd = parseUsd(prices.input, 'input price').times(uncachedTokens);
  const cachedInputUsd = parseUsd(prices.cachedInput ?? prices.input, 'cached input price').times(cachedTokens);
  const cacheWriteUsd = parseUsd(prices.cacheWrite ?? prices.input, 'cache write price').times(cacheWriteTokens);
  const outputUsd = parseUsd(prices.output, 'output price').times(completionTokens);
  const totalUsd = inputUsd.plus(cachedInputUsd).plus(cacheWriteUsd).plus(outputUsd);

  return {
    inputUsd: format(inputUsd),
    cachedInputUsd: format(cachedInputUsd),
    cacheWriteUsd: format(cacheWriteUsd),
    outputUsd: format(outputUsd),
    totalUsd: format(totalUsd),
  };
}
