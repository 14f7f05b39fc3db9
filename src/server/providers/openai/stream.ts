import type { ChatResponseContext, ChatStreamTransformer, SseEvent } from '../adapter';
import { UpstreamStreamError } from '../errors';
import type { ChatCompletionChunk, FinishReason, NormalizedUpstreamError, NormalizedUsage } from '../types';
import { normalizeFinishReason } from '../shared/finish-reason';
import { isRecord, parseUpstreamObject, tryParseJson } from '../shared/json';
import { parseOpenAIStreamError } from './errors';
import { normalizeOpenAIUsage } from './usage';

export interface OpenAIStreamMeta {
  /** The `[DONE]` sentinel. */
  done: boolean;
  usage: NormalizedUsage | null;
  finishReason: FinishReason | null;
  /** A `choices: []` usage chunk: drop it when the client did not ask for include_usage. */
  usageOnly: boolean;
  error: NormalizedUpstreamError | null;
}

const NOTHING: OpenAIStreamMeta = { done: false, usage: null, finishReason: null, usageOnly: false, error: null };

// Key-shaped substrings cannot occur inside JSON string values (their quotes
// would be escaped), so these cheaply rule out the vast majority of chunks.
const MAY_CARRY_META = /"usage"\s*:\s*\{|"finish_reason"\s*:\s*"|"error"\s*:/;

/**
 * Metering data from a raw OpenAI chunk, for the pass-through path where the
 * gateway forwards upstream bytes unchanged. Content chunks are rejected by a
 * regex before any JSON parsing.
 */
export function extractOpenAIStreamMeta(data: string): OpenAIStreamMeta {
  const trimmed = data.trim();
  if (trimmed === '[DONE]') return { ...NOTHING, done: true };
  if (!MAY_CARRY_META.test(trimmed)) return NOTHING;
  const chunk = tryParseJson(trimmed);
  if (!isRecord(chunk)) return NOTHING;
  if (isRecord(chunk.error)) return { ...NOTHING, error: parseOpenAIStreamError(chunk) };
  const choices = Array.isArray(chunk.choices) ? (chunk.choices as unknown[]) : [];
  const usage = normalizeOpenAIUsage(chunk.usage);
  return {
    done: false,
    usage,
    finishReason: firstFinishReason(choices),
    usageOnly: usage !== null && choices.length === 0,
    error: null,
  };
}

function firstFinishReason(choices: unknown[]): FinishReason | null {
  for (const choice of choices) {
    if (!isRecord(choice)) continue;
    const reason = normalizeFinishReason(choice.finish_reason);
    if (reason) return reason;
  }
  return null;
}

/**
 * Full re-serialising transformer: rewrites the model name to the one the
 * client asked for, fills envelope fields and hides the usage chunk the
 * gateway forced on when the client did not request it.
 */
export function createOpenAIStreamTransformer(ctx: ChatResponseContext): ChatStreamTransformer {
  const includeUsage = ctx.request.stream_options?.include_usage === true;
  let usage: NormalizedUsage | null = null;
  let finishReason: FinishReason | null = null;

  return {
    push(event: SseEvent): ChatCompletionChunk[] {
      if (event.data.trim() === '[DONE]') return [];
      const raw = parseUpstreamObject(event.data, 'stream chunk');
      if (isRecord(raw.error) || event.event === 'error') {
        throw new UpstreamStreamError(parseOpenAIStreamError(raw));
      }

      const choices = Array.isArray(raw.choices) ? (raw.choices as unknown[]) : [];
      usage = normalizeOpenAIUsage(raw.usage) ?? usage;
      finishReason ??= firstFinishReason(choices);

      const chunk: ChatCompletionChunk = {
        ...(raw as Partial<ChatCompletionChunk>),
        id: typeof raw.id === 'string' && raw.id ? raw.id : ctx.fallbackId,
        object: 'chat.completion.chunk',
        created: typeof raw.created === 'number' ? raw.created : ctx.created,
        model: ctx.requestedModel,
        choices: choices as ChatCompletionChunk['choices'],
      };
      if (!includeUsage) {
        if (choices.length === 0 && raw.usage != null) return [];
        delete chunk.usage;
      }
      return [chunk];
    },

    finish() {
      return { chunks: [], usage, finishReason };
    },
  };
}
