// Plain-words explanations of a stored routing decision, for the request-log detail panel.

export type RouteCandidate = { provider: string; credentialSource: string };
export type RouteAttempt = { provider: string; credentialSource: string; status: number };

const REASONS: Record<string, { title: string; detail: string }> = {
  scored: { title: "Scored on live metrics", detail: "The best mix of uptime, throughput, price and latency over the last few minutes won." },
  "price-only": { title: "Price only (no metrics yet)", detail: "No provider had enough recent requests to score, so the cheapest one went first." },
  exploration: { title: "Exploration", detail: "A runner-up was picked on purpose, as a small share of requests are, to keep its metrics current." },
  pinned: { title: "Pinned", detail: "The model id named its provider, so no other provider was considered for it." },
  "single-candidate": { title: "Single candidate", detail: "Only one provider could serve this model for this project." },
  "provider-order": { title: "Provider order", detail: "The request's provider.order preference set the order." },
  "provider-sort": { title: "Provider sort", detail: "The request's provider.sort preference set the order." },
};

/** The headline and one sentence of detail; a config rule takes the headline, the ordering reason follows. */
export function describeRouteReason(decision: { reason: string; rule?: string }): { title: string; detail: string } {
  const known = REASONS[decision.reason] ?? { title: decision.reason, detail: "" };
  if (!decision.rule) return known;
  return { title: `Config rule "${decision.rule}"`, detail: `The project's routing rule chose which models to try. For the first one: ${known.title.toLowerCase()}. ${known.detail}`.trim() };
}

/**
 * The winner is stored as a provider id; a provider can appear twice (your key and the platform's), so the first
 * attempt's credential source tells the two apart.
 */
export function winnerIndex(candidates: RouteCandidate[], winner: string, attempts: RouteAttempt[]): number {
  const first = attempts[0];
  const exact = candidates.findIndex((c) => c.provider === winner && (!first || (first.provider === winner && c.credentialSource === first.credentialSource)));
  return exact !== -1 ? exact : candidates.findIndex((c) => c.provider === winner);
}

const twoDecimals = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const upToFour = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });

export const formatScore = (value: number | undefined) => (value === undefined ? "—" : twoDecimals.format(value));
export const formatPercent = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? "—" : `${upToFour.format(ratio * 100)}%`);
export const formatTokensPerSecond = (value: number | null | undefined) => (value === null || value === undefined ? "—" : `${upToFour.format(value)} tok/s`);
export const formatMs = (value: number | null | undefined) => (value === null || value === undefined ? "—" : `${Math.round(value)} ms`);
/** Price per token (input + output) as USD per million tokens; shown only, never summed. */
export const formatPricePerMillion = (perToken: number | undefined) => (perToken === undefined ? "—" : `$${upToFour.format(perToken * 1e6)}/1M`);

export function credentialLabel(source: string | null): string {
  if (source === "byok") return "your key";
  if (source === "platform") return "platform key";
  return source ?? "—";
}
