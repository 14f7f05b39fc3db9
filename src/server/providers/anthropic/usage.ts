import type { FinishReason, NormalizedUsage } from '../types';
import { count } from '../shared/usage';
import type { AnthropicUsage } from './wire';

/**
 * Anthropic's input_tokens excludes cache reads and writes; OpenAI's
 * prompt_tokens includes them, so they are added back. Thinking tokens are
 * inside output_tokens but not reported separately, so reasoningTokens is 0.
 */
export function normalizeAnthropicUsage(usage: AnthropicUsage): NormalizedUsage {
  const cachedTokens = count(usage.cache_read_input_tokens);
  const cacheWriteTokens = count(usage.cache_creation_input_tokens);
  return {
    promptTokens: count(usage.input_tokens) + cachedTokens + cacheWriteTokens,
    completionTokens: count(usage.output_tokens),
    cachedTokens,
    cacheWriteTokens,
    reasoningTokens: 0,
  };
}

/**
 * @param structuredOutput the tool_use was our forced structured-output tool,
 *   which the client sees as ordinary content.
 */
export function mapStopReason(stopReason: string | null | undefined, structuredOutput: boolean): FinishReason {
  switch (stopReason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return structuredOutput ? 'stop' : 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      // end_turn, stop_sequence, pause_turn
      return 'stop';
  }
}
