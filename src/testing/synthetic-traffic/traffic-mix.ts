// What synthetic traffic looks like: a realistic mix of popular catalog models (with the providers that serve them),
// token sizes, latencies and failures. Medians and spreads are for log-normal draws.

export type ModelMix = {
  modelId: string;
  /** Share of requests, relative to the other entries. */
  weight: number;
  /** Providers serving it, with their share of its requests. */
  providers: Array<{ providerId: string; weight: number }>;
  endpoint: "chat.completions" | "embeddings";
  promptTokensMedian: number;
  completionTokensMedian: number;
  latencyMedianMs: number;
  /** Share of completion tokens that are reasoning, for reasoning models. */
  reasoningShare?: number;
};

export const MODEL_MIX: readonly ModelMix[] = [
  { modelId: "gpt-4o-mini", weight: 26, providers: [{ providerId: "openai", weight: 1 }], endpoint: "chat.completions", promptTokensMedian: 700, completionTokensMedian: 180, latencyMedianMs: 900 },
  { modelId: "gpt-4.1", weight: 8, providers: [{ providerId: "openai", weight: 1 }], endpoint: "chat.completions", promptTokensMedian: 1800, completionTokensMedian: 350, latencyMedianMs: 2400 },
  { modelId: "gpt-5-mini", weight: 7, providers: [{ providerId: "openai", weight: 0.9 }, { providerId: "openrouter", weight: 0.1 }], endpoint: "chat.completions", promptTokensMedian: 1200, completionTokensMedian: 600, latencyMedianMs: 3500, reasoningShare: 0.5 },
  { modelId: "claude-sonnet-4-5", weight: 14, providers: [{ providerId: "anthropic", weight: 0.85 }, { providerId: "openrouter", weight: 0.15 }], endpoint: "chat.completions", promptTokensMedian: 2500, completionTokensMedian: 450, latencyMedianMs: 3800 },
  { modelId: "claude-haiku-4-5", weight: 9, providers: [{ providerId: "anthropic", weight: 1 }], endpoint: "chat.completions", promptTokensMedian: 1100, completionTokensMedian: 220, latencyMedianMs: 1300 },
  { modelId: "gemini-2.5-flash", weight: 10, providers: [{ providerId: "google-ai-studio", weight: 1 }], endpoint: "chat.completions", promptTokensMedian: 1500, completionTokensMedian: 300, latencyMedianMs: 1600 },
  { modelId: "llama-3.3-70b", weight: 8, providers: [{ providerId: "groq", weight: 0.6 }, { providerId: "together", weight: 0.25 }, { providerId: "deepinfra", weight: 0.15 }], endpoint: "chat.completions", promptTokensMedian: 900, completionTokensMedian: 250, latencyMedianMs: 700 },
  { modelId: "deepseek-chat", weight: 5, providers: [{ providerId: "deepseek", weight: 1 }], endpoint: "chat.completions", promptTokensMedian: 1400, completionTokensMedian: 400, latencyMedianMs: 2900 },
  { modelId: "mistral-small-3.2", weight: 4, providers: [{ providerId: "mistral", weight: 1 }], endpoint: "chat.completions", promptTokensMedian: 600, completionTokensMedian: 150, latencyMedianMs: 800 },
  { modelId: "text-embedding-3-small", weight: 9, providers: [{ providerId: "openai", weight: 1 }], endpoint: "embeddings", promptTokensMedian: 350, completionTokensMedian: 0, latencyMedianMs: 180 },
];

/** Failures, relative weights: about 2% of requests fail, mostly upstream trouble, some client mistakes. */
export const ERROR_MIX: ReadonlyArray<{ status: number; code: string; message: string; weight: number; reachesProvider: boolean }> = [
  { status: 429, code: "upstream_rate_limited", message: "The provider rate-limited the request.", weight: 30, reachesProvider: true },
  { status: 502, code: "upstream_error", message: "The provider answered with an error.", weight: 25, reachesProvider: true },
  { status: 504, code: "upstream_timeout", message: "The provider did not answer in time.", weight: 10, reachesProvider: true },
  { status: 503, code: "upstream_overloaded", message: "The provider is overloaded.", weight: 10, reachesProvider: true },
  { status: 400, code: "invalid_value", message: "messages must not be empty", weight: 15, reachesProvider: false },
  { status: 499, code: "client_closed_request", message: "The client closed the connection.", weight: 10, reachesProvider: true },
];

export const ERROR_RATE = 0.02;
/** Share of chat requests answered from the response cache (no provider, no cost, a few milliseconds). */
export const CACHE_HIT_RATE = 0.04;
/** Share of chat requests that stream (they have a time to first token). */
export const STREAM_RATE = 0.6;
/** Share of chat requests whose prompt partly came from the provider's prompt cache. */
export const PROMPT_CACHE_RATE = 0.25;

/** API keys of the seeded project, with their share of the traffic. */
export const API_KEY_MIX: ReadonlyArray<{ name: string; weight: number }> = [
  { name: "Production backend", weight: 55 },
  { name: "Batch jobs", weight: 20 },
  { name: "Staging", weight: 12 },
  { name: "Support assistant", weight: 10 },
  { name: "Local development", weight: 3 },
];

/**
 * Relative traffic by UTC hour of day: a working-day peak in the afternoon (Europe and the Americas overlapping),
 * a night trough at about a fifth of it; weekends at 60%.
 */
export function diurnalWeight(hourStartMs: number): number {
  const date = new Date(hourStartMs);
  const hour = date.getUTCHours();
  const daily = 0.6 + 0.4 * Math.cos(((hour - 15) / 24) * 2 * Math.PI);
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 0.6 : 1;
  return daily * daily * weekend + 0.05;
}
