/** Pieces shared by Gemini request building, responses and streams. */
import type { UpstreamContext } from '../adapter';
import type { FinishReason, NormalizedUsage, ToolCall } from '../types';
import { joinUrl, jsonHeaders } from '../shared/http';
import { count } from '../shared/usage';
import type { GeminiPart, GeminiUsageMetadata } from './wire';

/**
 * `{baseUrl}/v1beta/models/{model}[:{method}]`; accepts model names with or
 * without the `models/` prefix.
 */
export function geminiModelUrl(ctx: UpstreamContext, method?: string): string {
  const model = encodeURIComponent(ctx.providerModel.replace(/^models\//, ''));
  return joinUrl(ctx.baseUrl, `v1beta/models/${model}${method ? `:${method}` : ''}`);
}

export function geminiHeaders(ctx: UpstreamContext, stream: boolean): Record<string, string> {
  return { ...jsonHeaders(stream), 'x-goog-api-key': ctx.apiKey, ...ctx.extraHeaders };
}

/** Gemini 3 and later: thinking levels instead of budgets, structured output together with tools. */
export function isGemini3OrLater(model: string): boolean {
  return /gemini-([3-9]|\d{2,})/.test(model);
}

export interface CandidateOutput {
  text: string;
  reasoning: string;
  toolCalls: ToolCall[];
}

/**
 * Splits a candidate's parts into answer text, thought text and function
 * calls. Gemini does not id its function calls, so ids come from `idFor`
 * (deterministic per response), unless Gemini sent one.
 */
export function readCandidateParts(parts: readonly GeminiPart[] | undefined, idFor: (ordinal: number) => string): CandidateOutput {
  const out: CandidateOutput = { text: '', reasoning: '', toolCalls: [] };
  for (const part of parts ?? []) {
    if (part.functionCall) {
      const call: ToolCall = {
        id: part.functionCall.id || idFor(out.toolCalls.length),
        type: 'function',
        function: { name: part.functionCall.name, arguments: JSON.stringify(part.functionCall.args ?? {}) },
      };
      // Round-trips through the client so Gemini gets its reasoning state back next turn.
      if (part.thoughtSignature) call.extra_content = { google: { thought_signature: part.thoughtSignature } };
      out.toolCalls.push(call);
    } else if (typeof part.text === 'string') {
      if (part.thought) out.reasoning += part.text;
      else out.text += part.text;
    }
  }
  return out;
}

/** A prefix for generated tool call ids, unique per response. */
export function toolCallIdPrefix(responseId: string | undefined, fallbackId: string): string {
  const base = (responseId || fallbackId).replace(/[^A-Za-z0-9]/g, '');
  return `call_${base}`;
}

const CONTENT_FILTER_REASONS: ReadonlySet<string> = new Set([
  'SAFETY',
  'RECITATION',
  'LANGUAGE',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'IMAGE_SAFETY',
]);

/** Gemini reports STOP even when it called functions; OpenAI clients expect tool_calls. */
export function mapFinishReason(reason: string | undefined, hasToolCalls: boolean): FinishReason {
  if (reason === 'MAX_TOKENS') return 'length';
  if (reason && CONTENT_FILTER_REASONS.has(reason)) return 'content_filter';
  return hasToolCalls ? 'tool_calls' : 'stop';
}

/**
 * promptTokenCount already includes cached tokens. Thoughts are reported
 * apart from candidates and tool-use prompts apart from the prompt; both are
 * billed, so they are folded into completion and prompt respectively.
 */
export function normalizeGeminiUsage(meta: GeminiUsageMetadata): NormalizedUsage {
  const reasoningTokens = count(meta.thoughtsTokenCount);
  return {
    promptTokens: count(meta.promptTokenCount) + count(meta.toolUsePromptTokenCount),
    completionTokens: count(meta.candidatesTokenCount) + reasoningTokens,
    cachedTokens: count(meta.cachedContentTokenCount),
    cacheWriteTokens: 0,
    reasoningTokens,
  };
}
