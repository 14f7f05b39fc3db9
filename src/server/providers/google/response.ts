import type { ChatResponseContext, ChatResult } from '../adapter';
import type { ChatCompletion, ChatCompletionChoice, ChatCompletionMessage } from '../types';
import { expectUpstreamObject } from '../shared/json';
import { toCompletionUsage } from '../shared/usage';
import { mapFinishReason, normalizeGeminiUsage, readCandidateParts, toolCallIdPrefix } from './shared';
import type { GeminiCandidate, GeminiGenerateContentResponse } from './wire';

export function parseGoogleChatResponse(json: unknown, ctx: ChatResponseContext): ChatResult {
  const body = expectUpstreamObject(json, 'generateContent response') as GeminiGenerateContentResponse;
  const idPrefix = toolCallIdPrefix(body.responseId, ctx.fallbackId);
  const candidates = body.candidates ?? [];

  const choices = candidates.map((candidate, position) => toChoice(candidate, position, idPrefix));
  if (choices.length === 0) {
    // The prompt itself was blocked: Gemini returns promptFeedback and no candidates.
    choices.push({
      index: 0,
      message: { role: 'assistant', content: null, refusal: null },
      finish_reason: body.promptFeedback?.blockReason ? 'content_filter' : 'stop',
      logprobs: null,
    });
  }

  const usage = body.usageMetadata ? normalizeGeminiUsage(body.usageMetadata) : null;
  const completion: ChatCompletion = {
    id: body.responseId || ctx.fallbackId,
    object: 'chat.completion',
    created: ctx.created,
    model: ctx.requestedModel,
    choices: choices.sort((a, b) => a.index - b.index),
  };
  if (usage) completion.usage = toCompletionUsage(usage);
  return { completion, usage };
}

function toChoice(candidate: GeminiCandidate, position: number, idPrefix: string): ChatCompletionChoice {
  const index = candidate.index ?? position;
  const output = readCandidateParts(candidate.content?.parts, (n) => `${idPrefix}_${index}_${n}`);
  const message: ChatCompletionMessage = { role: 'assistant', content: output.text || null, refusal: null };
  if (output.toolCalls.length > 0) message.tool_calls = output.toolCalls;
  if (output.reasoning) message.reasoning_content = output.reasoning;
  return {
    index,
    message,
    finish_reason: mapFinishReason(candidate.finishReason, output.toolCalls.length > 0),
    logprobs: null,
  };
}
