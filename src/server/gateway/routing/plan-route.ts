import type { KeyRecord } from "../auth/api-key-cache";
import type { GatewayError } from "../errors";
import { resolveCandidates, type Candidate } from "./candidates";
import type { LiveMetrics } from "./live-metrics";
import { matchRule, readRoutingConfig, ruleTargets } from "./routing-config";
import type { RequestRouting } from "./request-routing";
import { scoreCandidates, type ScoredCandidate } from "./scoring";

export type RouteReason = "scored" | "price-only" | "exploration" | "pinned" | "single-candidate" | "provider-order" | "provider-sort";

export type AttemptRecord = { provider: string; model: string; credentialSource: string; status: number; durationMs: number; error?: string };

/** What is stored with the request log so the dashboard can say why a provider was chosen. */
export type RoutingDecision = {
  reason: RouteReason;
  rule?: string;
  configProblem?: string;
  models: string[];
  candidates: Array<{ provider: string; providerModel: string; credentialSource: string; score?: number; terms?: ScoredCandidate["terms"]; inputs?: ScoredCandidate["inputs"] }>;
  winner: string;
  attempts: AttemptRecord[];
};

export type PlannedAttempt = { candidate: Candidate; modelId: string | null; model: string };
export type RoutePlan = { attempts: PlannedAttempt[]; decision: RoutingDecision; retryOn: number[] | null; timeoutMs: number | undefined };

export type PlanInput = {
  requestedModel: string;
  key: KeyRecord;
  routing: RequestRouting;
  metadata: Record<string, string>;
  noFallback: boolean;
  metrics: LiveMetrics;
  random: () => number;
  explorationRate: number;
};

const MAX_ATTEMPTS = 3;
const pricePerToken = (candidate: Candidate) => (candidate.offering ? Number(candidate.offering.prices.input) + Number(candidate.offering.prices.output) : 0);

/** Decides which (provider, credential) pairs to try and in what order, and records why. */
export async function planRoute(input: PlanInput): Promise<RoutePlan> {
  const { config, problem } = readRoutingConfig(input.key.routingConfig);
  const matched = config ? matchRule(config, { model: input.requestedModel, metadata: input.metadata, apiKeyId: input.key.apiKeyId }) : null;
  const models = matched ? ruleTargets(matched.rule, input.random) : [input.requestedModel, ...(input.routing.models ?? [])];

  const resolved: Array<{ model: string; modelId: string | null; candidates: Candidate[] }> = [];
  let firstError: GatewayError | null = null;
  for (const model of models) {
    try {
      const resolution = await resolveCandidates({ requestedModel: model, kind: "chat", projectId: input.key.projectId, mode: input.key.mode });
      const candidates = filterByProvider(resolution.candidates, input.routing.provider);
      if (candidates.length > 0) resolved.push({ model, modelId: resolution.modelId, candidates });
    } catch (error) {
      firstError ??= error as GatewayError;
    }
  }
  if (resolved.length === 0) throw firstError ?? (await import("../errors")).invalidRequest("No provider matches the request's provider preferences.", "provider", "no_matching_provider");

  const first = resolved[0]!;
  const pinned = first.candidates.every((c) => c.providerId === first.candidates[0]!.providerId) && first.model.includes("/");
  const { ordered, reason, scored } = await orderFirstTarget(first, pinned, input);

  // A pinned id alone means "this provider only"; a chain the client or a rule spelled out is followed as given.
  const explicitChain = matched !== null || (input.routing.models?.length ?? 0) > 0;
  const noCrossProviderFallback = input.noFallback || input.routing.provider?.allow_fallbacks === false || (pinned && !explicitChain);
  let attempts: PlannedAttempt[] = ordered.map((candidate) => ({ candidate, modelId: first.modelId, model: first.model }));
  for (const next of resolved.slice(1)) attempts.push(...next.candidates.map((candidate) => ({ candidate, modelId: next.modelId, model: next.model })));
  if (input.noFallback) attempts = attempts.slice(0, 1);
  else if (noCrossProviderFallback) attempts = attempts.filter((a) => a.candidate.providerId === attempts[0]!.candidate.providerId);
  attempts = attempts.slice(0, 1 + (config?.retry?.attempts ?? MAX_ATTEMPTS - 1));

  const scoreOf = new Map(scored.map((s) => [s.key, s]));
  return {
    attempts,
    retryOn: config?.retry?.on_status_codes ?? null,
    timeoutMs: config?.request_timeout_ms,
    decision: {
      reason,
      ...(matched ? { rule: matched.rule.name ?? `rule ${matched.index + 1}` } : {}),
      ...(problem ? { configProblem: problem } : {}),
      models,
      candidates: first.candidates.map((candidate, index) => {
        const score = scoreOf.get(String(index));
        return { provider: candidate.providerId, providerModel: candidate.providerModel, credentialSource: candidate.credentialSource, ...(score ? { score: score.score, terms: score.terms, inputs: score.inputs } : {}) };
      }),
      winner: attempts[0]!.candidate.providerId,
      attempts: [],
    },
  };
}

function filterByProvider(candidates: Candidate[], preferences: RequestRouting["provider"]): Candidate[] {
  if (!preferences) return candidates;
  const maxPrompt = preferences.max_price?.prompt;
  const maxCompletion = preferences.max_price?.completion;
  return candidates.filter((candidate) => {
    if (preferences.only && !preferences.only.includes(candidate.providerId)) return false;
    if (preferences.ignore?.includes(candidate.providerId)) return false;
    const prices = candidate.offering?.prices;
    if (prices && maxPrompt !== undefined && Number(prices.input) * 1e6 > maxPrompt) return false;
    if (prices && maxCompletion !== undefined && Number(prices.output) * 1e6 > maxCompletion) return false;
    return true;
  });
}

async function orderFirstTarget(target: { modelId: string | null; candidates: Candidate[] }, pinned: boolean, input: PlanInput) {
  const candidates = target.candidates;
  const preferences = input.routing.provider;
  if (candidates.length === 1) return { ordered: candidates, reason: (pinned ? "pinned" : "single-candidate") as RouteReason, scored: [] };
  if (pinned) return { ordered: candidates, reason: "pinned" as RouteReason, scored: [] };

  const metrics = target.modelId ? await input.metrics.read(target.modelId, [...new Set(candidates.map((c) => c.providerId))]) : new Map();
  const { ranked, usedMetrics } = scoreCandidates(candidates.map((candidate, index) => ({ key: String(index), pricePerToken: pricePerToken(candidate), metrics: metrics.get(candidate.providerId) ?? null })));
  let ordered = ranked.map((r) => candidates[Number(r.key)]!);
  let reason: RouteReason = usedMetrics ? "scored" : "price-only";

  if (preferences?.order) {
    const rank = (c: Candidate) => {
      const position = preferences.order!.indexOf(c.providerId);
      return position === -1 ? preferences.order!.length : position;
    };
    ordered = [...ordered].sort((a, b) => rank(a) - rank(b));
    reason = "provider-order";
  } else if (preferences?.sort) {
    const value = (c: Candidate) => {
      const m = metrics.get(c.providerId);
      if (preferences.sort === "price") return pricePerToken(c);
      if (preferences.sort === "throughput") return -(m?.tokensPerSecond ?? 0);
      return m?.ttftMs ?? Number.MAX_SAFE_INTEGER;
    };
    ordered = [...ordered].sort((a, b) => value(a) - value(b));
    reason = "provider-sort";
  } else if (input.random() < input.explorationRate) {
    // Epsilon-greedy: now and then send traffic to a runner-up so its metrics stay current.
    const pick = 1 + Math.floor(input.random() * (ordered.length - 1));
    ordered = [ordered[pick]!, ...ordered.filter((_, index) => index !== pick)];
    reason = "exploration";
  }
  // Own keys first, whatever the scores say: in hybrid mode platform keys (paid with credits) are the fallback.
  ordered = [...ordered.filter((c) => c.credentialSource === "byok"), ...ordered.filter((c) => c.credentialSource !== "byok")];
  return { ordered, reason, scored: ranked };
}
