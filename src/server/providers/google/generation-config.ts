/**
 * OpenAI sampling / output parameters → Gemini generationConfig.
 * Dropped: logprobs / top_logprobs (only some Gemini models allow them, and
 * the others fail the request), logit_bias, user, parallel_tool_calls.
 */
import type { ChatCompletionRequest, ReasoningEffort } from '../types';
import { withoutUndefined } from '../shared/json';
import { toGeminiSchema } from './schema';
import { isGemini3OrLater } from './shared';
import type { GeminiGenerationConfig, GeminiThinkingConfig } from './wire';

const MAX_STOP_SEQUENCES = 5;

/** Gemini 2.5 budgets; 24576 is the largest every 2.5 model accepts. */
const THINKING_BUDGET: Record<Exclude<ReasoningEffort, 'none'>, number> = {
  minimal: 512,
  low: 1024,
  medium: 8192,
  high: 24_576,
  xhigh: 24_576,
  max: 24_576,
};

export function buildGenerationConfig(
  req: ChatCompletionRequest,
  model: string,
  nativeJson: boolean,
): GeminiGenerationConfig | undefined {
  const stop = req.stop == null ? [] : typeof req.stop === 'string' ? [req.stop] : req.stop;
  const format = req.response_format;
  const config = withoutUndefined<GeminiGenerationConfig>({
    temperature: req.temperature ?? undefined,
    topP: req.top_p ?? undefined,
    maxOutputTokens: req.max_completion_tokens ?? req.max_tokens ?? undefined,
    stopSequences: stop.length > 0 ? stop.slice(0, MAX_STOP_SEQUENCES) : undefined,
    seed: req.seed ?? undefined,
    presencePenalty: req.presence_penalty ?? undefined,
    frequencyPenalty: req.frequency_penalty ?? undefined,
    candidateCount: req.n != null && req.n > 1 ? req.n : undefined,
    responseMimeType: nativeJson && format && format.type !== 'text' ? 'application/json' : undefined,
    responseSchema: nativeJson && format?.type === 'json_schema' && format.json_schema.schema
      ? toGeminiSchema(format.json_schema.schema)
      : undefined,
    thinkingConfig: thinkingConfigFor(req.reasoning_effort ?? undefined, model),
  });
  return Object.keys(config).length > 0 ? config : undefined;
}

/** Models that accept thinkingConfig at all; older ones reject the field. */
function supportsThinking(model: string): boolean {
  return /gemini-2\.5|thinking/.test(model) || isGemini3OrLater(model);
}

/**
 * reasoning_effort → thinkingConfig. Gemini 3 takes a level (low/high),
 * Gemini 2.5 a token budget. Thinking cannot be switched off on Pro models,
 * so "none" leaves them at their default; thought summaries are requested so
 * they can be returned as reasoning_content.
 */
export function thinkingConfigFor(effort: ReasoningEffort | undefined, model: string): GeminiThinkingConfig | undefined {
  if (!effort || !supportsThinking(model)) return undefined;
  if (isGemini3OrLater(model)) {
    const low = effort === 'none' || effort === 'minimal' || effort === 'low';
    return { thinkingLevel: low ? 'low' : 'high', includeThoughts: effort !== 'none' };
  }
  if (effort === 'none') return /pro/.test(model) ? undefined : { thinkingBudget: 0 };
  return { thinkingBudget: THINKING_BUDGET[effort], includeThoughts: true };
}
