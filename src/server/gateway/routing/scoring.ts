// Provider scoring for a bare model id, on the last 5 minutes of live metrics:
//   score = 0.5·uptime + 0.2·throughput + 0.2·price + 0.1·latency
// each term normalised against the best candidate (1 = best), uptime multiplied by an exponential penalty below
// 95%. With no metrics for any candidate the choice is by price alone. Pure: metrics and randomness come in.

export type ProviderMetrics = {
  requests: number;
  failures: number;
  /** Mean time to first token of successful requests, ms. */
  ttftMs: number | null;
  /** Mean output tokens per second of successful requests. */
  tokensPerSecond: number | null;
};

export type ScoringInput = { key: string; pricePerToken: number; metrics: ProviderMetrics | null };

export type ScoredCandidate = {
  key: string;
  score: number;
  inputs: { uptime: number | null; tokensPerSecond: number | null; ttftMs: number | null; pricePerToken: number; samples: number };
  terms: { uptime: number; throughput: number; price: number; latency: number };
};

export const WEIGHTS = { uptime: 0.5, throughput: 0.2, price: 0.2, latency: 0.1 } as const;
/** Fewer requests than this in the window and a candidate's metrics are treated as unknown. */
export const MIN_SAMPLES = 3;
const UPTIME_TARGET = 0.95;
const PENALTY_STEEPNESS = 20;

/** Below 95% uptime the uptime term decays exponentially: 90% → ×0.37, 80% → ×0.05. */
export function uptimeTerm(uptime: number): number {
  return uptime >= UPTIME_TARGET ? uptime : uptime * Math.exp(-PENALTY_STEEPNESS * (UPTIME_TARGET - uptime));
}

const known = (metrics: ProviderMetrics | null): metrics is ProviderMetrics => metrics !== null && metrics.requests >= MIN_SAMPLES;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Scores every candidate; returns them best first, and whether any live metrics took part. */
export function scoreCandidates(candidates: ScoringInput[]): { ranked: ScoredCandidate[]; usedMetrics: boolean } {
  const usedMetrics = candidates.some((candidate) => known(candidate.metrics));
  const cheapest = Math.min(...candidates.map((c) => c.pricePerToken));
  const priceTerm = (price: number) => (price <= 0 || cheapest <= 0 ? (price <= cheapest ? 1 : 0) : cheapest / price);

  // Candidates without enough samples are assumed typical (the median of the known ones) and fully up, so a new
  // provider is neither shunned nor favoured; exploration gives it traffic to measure.
  const knownMetrics = candidates.map((c) => c.metrics).filter(known);
  const typicalTps = median(knownMetrics.map((m) => m.tokensPerSecond).filter((v): v is number => v !== null && v > 0));
  const typicalTtft = median(knownMetrics.map((m) => m.ttftMs).filter((v): v is number => v !== null && v > 0));

  const rows = candidates.map((candidate) => {
    const metrics = known(candidate.metrics) ? candidate.metrics : null;
    const uptime = metrics ? (metrics.requests - metrics.failures) / metrics.requests : null;
    return {
      candidate,
      uptime,
      tps: metrics?.tokensPerSecond ?? typicalTps,
      ttft: metrics?.ttftMs ?? typicalTtft,
      samples: candidate.metrics?.requests ?? 0,
    };
  });
  const bestTps = Math.max(0, ...rows.map((r) => r.tps ?? 0));
  const bestTtft = Math.min(Infinity, ...rows.map((r) => (r.ttft && r.ttft > 0 ? r.ttft : Infinity)));

  const ranked = rows.map((row): ScoredCandidate => {
    const terms = usedMetrics
      ? {
          uptime: uptimeTerm(row.uptime ?? 1),
          throughput: bestTps > 0 && row.tps ? row.tps / bestTps : 1,
          price: priceTerm(row.candidate.pricePerToken),
          latency: Number.isFinite(bestTtft) && row.ttft ? bestTtft / row.ttft : 1,
        }
      : { uptime: 1, throughput: 1, price: priceTerm(row.candidate.pricePerToken), latency: 1 };
    const score = usedMetrics
      ? WEIGHTS.uptime * terms.uptime + WEIGHTS.throughput * terms.throughput + WEIGHTS.price * terms.price + WEIGHTS.latency * terms.latency
      : terms.price;
    return {
      key: row.candidate.key,
      score: Math.round(score * 1e6) / 1e6,
      inputs: { uptime: row.uptime, tokensPerSecond: row.candidate.metrics?.tokensPerSecond ?? null, ttftMs: row.candidate.metrics?.ttftMs ?? null, pricePerToken: row.candidate.pricePerToken, samples: row.samples },
      terms,
    };
  });
  // Stable: equal scores keep the incoming order (own keys before platform keys, then cheapest).
  const order = new Map(candidates.map((c, index) => [c.key, index]));
  ranked.sort((a, b) => b.score - a.score || order.get(a.key)! - order.get(b.key)!);
  return { ranked, usedMetrics };
}

/** Deterministic PRNG (mulberry32) so exploration can be reproduced in tests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
