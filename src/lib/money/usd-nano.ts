import Decimal from "decimal.js";

// Credits are integer nano-dollars (bigint): 10 tokens at $0.15/M cost 1,500 nano-dollars exactly, where a float
// would already drift. Every conversion from and to USD strings goes through decimal.js; no `number` carries money.

export const NANO_PER_USD = 1_000_000_000n;
export const NANO_PER_CENT = 10_000_000n;

// A private constructor: 60 significant digits is far beyond any amount here, so parsing never rounds.
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type Exact = InstanceType<typeof Exact>;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export type NanoRounding = "exact" | "up";

function parse(usd: string): Exact {
  const trimmed = usd.trim();
  // decimal.js would also take "1e-7", "0x1f" or "Infinity": none of those is an amount of money.
  if (!PLAIN_DECIMAL.test(trimmed)) throw new RangeError(`"${usd}" is not a plain decimal amount of USD`);
  return new Exact(trimmed);
}

/**
 * A USD decimal string → nano-dollars. "exact" (the default, for amounts people type) refuses anything finer than a
 * nano-dollar; "up" rounds towards +∞, for computed costs: a customer is charged at most one nano-dollar more.
 */
export function usdToNano(usd: string, rounding: NanoRounding = "exact"): bigint {
  const nano = parse(usd).times(NANO_PER_USD.toString());
  if (!nano.isInteger()) {
    if (rounding === "exact") throw new RangeError(`"${usd}" has more than 9 decimals (finer than a nano-dollar)`);
    return BigInt(nano.toDecimalPlaces(0, Decimal.ROUND_CEIL).toFixed(0));
  }
  return BigInt(nano.toFixed(0));
}

/** Nano-dollars → the exact USD decimal string, without exponent notation or trailing zeros ("0.0000015"). */
export function nanoToUsd(nano: bigint): string {
  return new Exact(nano.toString()).dividedBy(NANO_PER_USD.toString()).toFixed();
}

export function centsToNano(cents: number): bigint {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`${cents} is not a whole number of cents`);
  return BigInt(cents) * NANO_PER_CENT;
}

/** Nano-dollars → cents; refuses amounts that are not whole cents (Stripe charges cents). */
export function nanoToCents(nano: bigint): number {
  if (nano % NANO_PER_CENT !== 0n) throw new RangeError(`${nanoToUsd(nano)} USD is not a whole number of cents`);
  return Number(nano / NANO_PER_CENT);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatFixed(nano: bigint, decimals: number): string {
  const negative = nano < 0n;
  const fixed = new Exact((negative ? -nano : nano).toString()).dividedBy(NANO_PER_USD.toString()).toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [whole = "0", fraction] = fixed.split(".");
  const body = `$${groupThousands(whole)}${fraction ? `.${fraction}` : ""}`;
  return negative && /[1-9]/.test(fixed) ? `-${body}` : body;
}

/** Balances and top-ups: "$1,234.56", "-$0.42" (rounded half up to the cent). */
export function formatUsd(nano: bigint): string {
  return formatFixed(nano, 2);
}

/** Per-request costs: every significant digit down to the nano-dollar, at least two decimals ("$0.0000015"). */
export function formatUsdPrecise(nano: bigint): string {
  const usd = nanoToUsd(nano < 0n ? -nano : nano);
  const decimals = Math.max(2, usd.split(".")[1]?.length ?? 0);
  return formatFixed(nano, decimals);
}
