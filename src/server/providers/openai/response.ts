import type { ChatResponseContext, ChatResult } from '../adapter';
import type { ChatCompletion, ChatCompletionChoice } from '../types';
import { normalizeFinishReason } from '../shared/finish-reason';
import { expectUpstreamObject, isRecord } from '../shared/json';
import { toCompletionUsage } from '../shared/usage';
import { normalizeOpenAIUsage } from './usage';

/**
 * The upstream body is already in the canonical format. It is kept as-is
 * (provider extras such as Perplexity's citations survive) except for the
 * model name, missing envelope fields, finish reasons and usage semantics.
 */
export function parseOpenAIChatResponse(json: unknown, ctx: ChatResponseContext): ChatResult {
  const body = expectUpstreamObject(json, 'chat completion');
  const usage = normalizeOpenAIUsage(body.usage);
  const rawChoices = Array.isArray(body.choices) ? (body.choices as unknown[]) : [];

  const completion: ChatCompletion = {
    ...(body as Partial<ChatCompletion>),
    id: typeof body.id === 'string' && body.id ? body.id : ctx.fallbackId,
    object: 'chat.completion',
    created: typeof body.created === 'number' ? body.created : ctx.created,
    model: ctx.requestedModel,
    choices: rawChoices.filter(isRecord).map((choice, position) => normalizeChoice(choice, position)),
  };
  if (usage) completion.usage = toCompletionUsage(usage);
  else delete completion.usage;
  return { completion, usage };
}

function normalizeChoice(choice: Record<string, unknown>, position: number): ChatCompletionChoice {
  const typed = choice as Partial<ChatCompletionChoice>;
  const message = isRecord(choice.message) ? (choice.message as Partial<ChatCompletionChoice['message']>) : {};
  return {
    ...typed,
    index: typeof typed.index === 'number' ? typed.index : position,
    message: { ...message, role: 'assistant', content: message.content ?? null },
    finish_reason: normalizeFinishReason(choice.finish_reason) ?? 'stop',
    logprobs: typed.logprobs ?? null,
  };
}
