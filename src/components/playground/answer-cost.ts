import { computeCost, findModel } from "@/server/catalog";
import type { AnswerUsage } from "./answer-state";

/**
 * What the gateway charged for an answer, in exact decimal USD, priced the way its metering does (metering/usage.ts):
 * the tokens the provider reported × the catalog price of the offering that served it (the x-switchboard-provider
 * response header). A cache hit costs nothing. Null when it cannot be known here: no usage reported (the request
 * log then holds an estimate) or a project's custom provider, which has no catalog price.
 */
export function answerCostUsd(input: { model: string; provider: string | null; usage: AnswerUsage | null; cacheHit: boolean }): string | null {
  if (input.cacheHit) return "0";
  if (!input.usage || !input.provider) return null;
  const lookup = findModel(input.model);
  const offering = lookup?.pinnedProvider ?? lookup?.model.offerings.find((candidate) => candidate.providerId === input.provider);
  if (!offering || offering.providerId !== input.provider) return null;
  const { promptTokens, completionTokens } = input.usage;
  const cachedTokens = Math.min(input.usage.cachedTokens, promptTokens);
  const cacheWriteTokens = Math.min(input.usage.cacheWriteTokens, promptTokens - cachedTokens);
  return computeCost(offering, { promptTokens, completionTokens, cachedTokens, cacheWriteTokens }).totalUsd;
}

/** USD with enough decimals that a fraction of a cent stays visible ($0.0000150); display only, never summed. */
export function formatUsd(amount: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `$${amount}`;
  if (value === 0) return "$0";
  const decimals = value >= 1 ? 4 : Math.min(12, Math.max(7, Math.ceil(-Math.log10(value)) + 2));
  return `$${value.toFixed(decimals)}`;
}

/** `420 ms`, `1.25 s`, or a dash when nothing was measured. */
export function formatMs(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
