/**
 * max_tokens and extended thinking. Anthropic requires max_tokens, counts
 * thinking inside it (like OpenAI's max_completion_tokens counts reasoning),
 * and needs 1024 <= budget_tokens < max_tokens.
 */
import type { ChatBuildContext } from '../adapter';
import type { ChatCompletionRequest, ReasoningEffort } from '../types';
import type { AnthropicThinkingConfig } from './wire';

const MIN_THINKING_BUDGET = 1024;
/** Room left for the visible answer when the client's limit is shared with thinking. */
const MIN_ANSWER_TOKENS = 1024;
const DEFAULT_MAX_TOKENS = 16_384;

const THINKING_BUDGET: Record<Exclude<ReasoningEffort, 'none'>, number> = {
  minimal: 1024,
  low: 2048,
  medium: 8192,
  high: 16_384,
  xhigh: 24_576,
  max: 31_999,
};

/** Output ceilings of Claude generations; unknown (newer) models get the current 64k. */
export function maxOutputTokensFor(model: string): number {
  if (/claude-3-5|claude-3\.5/.test(model)) return 8192;
  if (/claude-3-(opus|sonnet|haiku)/.test(model)) return 4096;
  if (/claude-opus-4(?!-[5-9])|claude-4-opus/.test(model)) return 32_000;
  return 64_000;
}

export interface OutputPlan {
  maxTokens: number;
  thinking?: AnthropicThinkingConfig;
}

/**
 * @param thinkingAllowed false when Anthropic would reject thinking for this
 *   request (forced tool use, or a tool loop whose earlier thinking blocks the
 *   client could not send back).
 */
export function planOutput(
  req: ChatCompletionRequest,
  ctx: ChatBuildContext,
  thinkingAllowed: boolean,
): OutputPlan {
  const ceiling = maxOutputTokensFor(ctx.providerModel);
  const clientLimit = req.max_completion_tokens ?? req.max_tokens ?? null;
  const defaultLimit = Math.min(ctx.options?.defaultMaxTokens ?? DEFAULT_MAX_TOKENS, ceiling);
  const effort = req.reasoning_effort;

  if (!thinkingAllowed || !effort || effort === 'none') {
    return { maxTokens: clientLimit ?? defaultLimit };
  }

  const wanted = THINKING_BUDGET[effort];
  if (clientLimit !== null) {
    // The client's limit covers thinking and answer together; keep it.
    const budget = Math.min(wanted, clientLimit - MIN_ANSWER_TOKENS);
    return budget >= MIN_THINKING_BUDGET
      ? { maxTokens: clientLimit, thinking: { type: 'enabled', budget_tokens: budget } }
      : { maxTokens: clientLimit };
  }
  const maxTokens = Math.min(wanted + defaultLimit, ceiling);
  const budget = Math.min(wanted, maxTokens - MIN_ANSWER_TOKENS);
  return budget >= MIN_THINKING_BUDGET
    ? { maxTokens, thinking: { type: 'enabled', budget_tokens: budget } }
    : { maxTokens: defaultLimit };
}

/**
 * With thinking on, Anthropic demands that the assistant turn preceding tool
 * results starts with its original (signed) thinking block. OpenAI-format
 * clients cannot send those back, so thinking is skipped for the rest of a
 * tool loop: any assistant tool call after the last genuine user message.
 */
export function isInsideToolLoop(req: ChatCompletionRequest): boolean {
  for (let i = req.messages.length - 1; i >= 0; i--) {
    const message = req.messages[i];
    if (!message) continue;
    if (message.role === 'user') return false;
    if (message.role === 'assistant' && (message.tool_calls?.length ?? 0) > 0) return true;
  }
  return false;
}
