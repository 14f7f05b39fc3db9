import type { NormalizedUsage } from '../types';
import { isRecord } from '../shared/json';
import { count } from '../shared/usage';

/**
 * Normalizes the usage object of any OpenAI-compatible provider.
 *  - cached tokens: prompt_tokens_details.cached_tokens, or DeepSeek's prompt_cache_hit_tokens.
 *  - xAI reports reasoning tokens outside completion_tokens (total = prompt +
 *    completion + reasoning); detected by the arithmetic and folded in so
 *    completionTokens always includes reasoning.
 */
export function normalizeOpenAIUsage(raw: unknown): NormalizedUsage | null {
  if (!isRecord(raw)) return null;
  const promptDetails = isRecord(raw.prompt_tokens_details) ? raw.prompt_tokens_details : {};
  const completionDetails = isRecord(raw.completion_tokens_details) ? raw.completion_tokens_details : {};

  const promptTokens = count(raw.prompt_tokens);
  let completionTokens = count(raw.completion_tokens);
  const totalTokens = count(raw.total_tokens);
  const reasoningTokens = count(completionDetails.reasoning_tokens);
  if (reasoningTokens > 0 && totalTokens === promptTokens + completionTokens + reasoningTokens) {
    completionTokens += reasoningTokens;
  }

  return {
    promptTokens,
    completionTokens,
    cachedTokens: count(promptDetails.cached_tokens) || count(raw.prompt_cache_hit_tokens),
    cacheWriteTokens: count(promptDetails.cache_write_tokens),
    reasoningTokens,
  };
}
