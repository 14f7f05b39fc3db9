import Decimal from "decimal.js";
import { NANO_PER_CENT, nanoToCents, usdToNano } from "./usd-nano";

// The platform fee is charged on top of a top-up: the customer pays amount + 5%, the balance grows by the amount.
export const PLATFORM_FEE_PERCENT = 5;
export const MIN_TOP_UP_USD = "5";
export const MAX_TOP_UP_USD = "10000";

/** Dollars with at most two decimals, as typed in a form ("25", "12.50"). */
export const TOP_UP_AMOUNT_PATTERN = /^\d{1,5}(\.\d{1,2})?$/;

export type TopUpPricing = { amountNano: bigint; feeNano: bigint; totalNano: bigint; amountCents: number; feeCents: number; totalCents: number };

/** The fee is 5% of the amount rounded half up to the cent ($5.01 → $0.25, $5.10 → $0.26). */
export function priceTopUp(amountNano: bigint): TopUpPricing {
  const amountCents = nanoToCents(amountNano);
  const feeCents = new Decimal(amountCents).times(PLATFORM_FEE_PERCENT).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  const feeNano = BigInt(feeCents) * NANO_PER_CENT;
  return { amountNano, feeNano, totalNano: amountNano + feeNano, amountCents, feeCents, totalCents: amountCents + feeCents };
}

/** Why a typed top-up amount is not acceptable, or null when it is. */
export function topUpAmountProblem(amountUsd: string): string | null {
  const trimmed = amountUsd.trim();
  if (!TOP_UP_AMOUNT_PATTERN.test(trimmed)) return "Enter an amount in USD with at most two decimals, e.g. 25 or 12.50";
  const nano = usdToNano(trimmed);
  if (nano < usdToNano(MIN_TOP_UP_USD) || nano > usdToNano(MAX_TOP_UP_USD)) return `Top-ups are between $${MIN_TOP_UP_USD} and $10,000`;
  return null;
}
