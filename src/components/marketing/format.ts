import Decimal from "decimal.js";

// Display formatting for the marketing pages. Prices arrive as exact decimal strings from the catalog and stay
// decimals until they become text: a float would print $0.15 as $0.15000000000000002 somewhere along the way.
// Safe to import from client components (no catalog data in here).

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

const ONE_MILLION = new Exact(1_000_000);

function groupThousands(integerPart: string): string {
  return integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** At least two decimals (prices are read as dollars and cents), more when the price needs them. */
function withAtLeastCents(plain: string): string {
  const [integerPart = "0", fraction = ""] = plain.split(".");
  return `${groupThousands(integerPart)}.${fraction.padEnd(2, "0")}`;
}

/** A USD-per-token price as dollars per million tokens: "0.00000015" → "$0.15", "0.0000000375" → "$0.0375". */
export function formatPerMillion(pricePerToken: string): string {
  return `$${withAtLeastCents(new Exact(pricePerToken).times(ONE_MILLION).toFixed())}`;
}

/**
 * A cost in USD: whole cents from a dollar up (nobody budgets $1,234.5678), three significant digits below
 * a dollar so a tiny monthly bill still shows what it is instead of "$0.00".
 */
export function formatUsd(amount: string): string {
  const value = new Exact(amount);
  if (value.isZero()) return "$0.00";
  const sign = value.isNegative() ? "-" : "";
  const magnitude = value.abs();
  const plain = magnitude.greaterThanOrEqualTo(1) ? magnitude.toFixed(2) : magnitude.toSignificantDigits(3).toFixed();
  return `${sign}$${withAtLeastCents(plain)}`;
}

/** Context sizes as people say them: 128000 → "128K", 1048576 → "1.05M". */
export function formatTokenCount(tokens: number): string {
  if (tokens >= 1_000_000) return `${trimZeros((tokens / 1_000_000).toFixed(2))}M`;
  if (tokens >= 1_000) return `${trimZeros((tokens / 1_000).toFixed(1))}K`;
  return String(tokens);
}

function trimZeros(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** 1048576 → "1,048,576", for titles and exact figures next to the short form. */
export function formatInteger(value: number): string {
  return groupThousands(String(value));
}

export type TokenCountParse = { ok: true; tokens: number } | { ok: false; error: string };

/** A quadrillion tokens a month: far past any real bill, and low enough that two of them still add up exactly. */
const MAX_TOKEN_COUNT = 1_000_000_000_000_000;

const SUFFIXES: Record<string, number> = { "": 1, k: 1_000, m: 1_000_000, b: 1_000_000_000 };
const TOKEN_COUNT = /^(\d+(?:\.\d+)?)([kmb]?)$/;

/** What a person types as a token count: "2500000", "2,500,000", "2.5M", "750k". Empty means zero. */
export function parseTokenCount(text: string): TokenCountParse {
  const compact = text.replace(/[\s,_]/g, "").toLowerCase();
  if (compact === "") return { ok: true, tokens: 0 };
  const match = TOKEN_COUNT.exec(compact);
  if (!match) return { ok: false, error: "Enter a number of tokens, e.g. 2500000 or 2.5M" };
  const tokens = new Exact(match[1] ?? "0").times(SUFFIXES[match[2] ?? ""] ?? 1);
  if (!tokens.isInteger()) return { ok: false, error: "Enter a whole number of tokens" };
  if (tokens.greaterThan(MAX_TOKEN_COUNT)) return { ok: false, error: "That is more tokens than anyone sends in a month" };
  return { ok: true, tokens: tokens.toNumber() };
}
