import type { CompletionUsage, NormalizedUsage } from '../types';

export function zeroUsage(): NormalizedUsage {
  return { promptTokens: 0, completionTokens: 0, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 };
}

/** OpenAI `usage` object for a normalized count; detail objects only when they carry information. */
export function toCompletionUsage(usage: NormalizedUsage): CompletionUsage {
  const out: CompletionUsage = {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedTokens },
    completion_tokens_details: { reasoning_tokens: usage.reasoningTokens },
  };
  if (usage.cacheWriteTokens > 0 && out.prompt_tokens_details) {
    out.prompt_tokens_details.cache_write_tokens = usage.cacheWriteTokens;
  }
  return out;
}

/** A non-negative integer from an upstream count field, 0 when absent or malformed. */
export function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Rough token estimate (~4 characters per token) for providers that report none. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
