/**
 * Gemini streamGenerateContent?alt=sse → OpenAI chunks. Every SSE event is a
 * complete GenerateContentResponse holding the next slice of each candidate;
 * function calls arrive whole, so each becomes one tool call delta with its
 * full arguments. usageMetadata is cumulative, the last one wins.
 */
import type { ChatResponseContext, ChatStreamTransformer, SseEvent } from '../adapter';
import { UpstreamStreamError } from '../errors';
import type { ChatCompletionChunk, ChunkDelta, FinishReason } from '../types';
import { deltaChunk, hasDeltaContent, usageChunk, type ChunkMeta } from '../shared/chunks';
import { isRecord, parseUpstreamObject } from '../shared/json';
import { parseGoogleStreamError } from './errors';
import { mapFinishReason, normalizeGeminiUsage, readCandidateParts, toolCallIdPrefix } from './shared';
import type { GeminiCandidate, GeminiGenerateContentResponse, GeminiUsageMetadata } from './wire';

interface CandidateState {
  started: boolean;
  toolCalls: number;
  finishReason: FinishReason | null;
}

export function createGoogleStreamTransformer(ctx: ChatResponseContext): ChatStreamTransformer {
  const includeUsage = ctx.request.stream_options?.include_usage === true;
  const meta: ChunkMeta = { id: ctx.fallbackId, created: ctx.created, model: ctx.requestedModel };
  const candidates = new Map<number, CandidateState>();
  let idPrefix: string | null = null;
  let usageMetadata: GeminiUsageMetadata | null = null;

  function stateOf(index: number): CandidateState {
    let state = candidates.get(index);
    if (!state) {
      state = { started: false, toolCalls: 0, finishReason: null };
      candidates.set(index, state);
    }
    return state;
  }

  function candidateChunks(candidate: GeminiCandidate, position: number, prefix: string): ChatCompletionChunk[] {
    const index = candidate.index ?? position;
    const state = stateOf(index);
    const offset = state.toolCalls;
    const output = readCandidateParts(candidate.content?.parts, (n) => `${prefix}_${index}_${offset + n}`);
    state.toolCalls += output.toolCalls.length;

    const delta: ChunkDelta = {};
    if (!state.started) {
      delta.role = 'assistant';
      state.started = true;
    }
    if (output.reasoning) delta.reasoning_content = output.reasoning;
    if (output.text) delta.content = output.text;
    if (output.toolCalls.length > 0) {
      delta.tool_calls = output.toolCalls.map((call, n) => ({ index: offset + n, ...call }));
    }

    const chunks = hasDeltaContent(delta) ? [deltaChunk(meta, index, delta)] : [];
    if (candidate.finishReason && !state.finishReason) {
      state.finishReason = mapFinishReason(candidate.finishReason, state.toolCalls > 0);
      chunks.push(deltaChunk(meta, index, {}, state.finishReason));
    }
    return chunks;
  }

  return {
    push(sse: SseEvent): ChatCompletionChunk[] {
      const payload = parseUpstreamObject(sse.data, 'stream event');
      if (isRecord(payload.error)) throw new UpstreamStreamError(parseGoogleStreamError(sse.data, payload));
      const body = payload as GeminiGenerateContentResponse;

      if (idPrefix === null) {
        if (body.responseId) meta.id = body.responseId;
        idPrefix = toolCallIdPrefix(body.responseId, ctx.fallbackId);
      }
      if (body.usageMetadata) usageMetadata = body.usageMetadata;

      const prefix = idPrefix;
      const chunks = (body.candidates ?? []).flatMap((candidate, position) => candidateChunks(candidate, position, prefix));
      if (!body.candidates?.length && body.promptFeedback?.blockReason) {
        const state = stateOf(0);
        state.finishReason = 'content_filter';
        chunks.push(deltaChunk(meta, 0, state.started ? {} : { role: 'assistant' }, 'content_filter'));
        state.started = true;
      }
      return chunks;
    },

    finish() {
      const usage = usageMetadata ? normalizeGeminiUsage(usageMetadata) : null;
      const chunks = includeUsage && usage ? [usageChunk(meta, usage)] : [];
      return { chunks, usage, finishReason: candidates.get(0)?.finishReason ?? null };
    },
  };
}
