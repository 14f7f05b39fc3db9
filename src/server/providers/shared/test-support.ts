/** Helpers for the adapters' unit tests (not used at runtime). */
import { createParser } from 'eventsource-parser';
import type { ChatResponseContext, ChatStreamTransformer, SseEvent, StreamSummary } from '../adapter';
import type { ChatCompletionChunk, ChatCompletionRequest } from '../types';

/** Splits a recorded SSE body into events exactly as the gateway's parser would. */
export function parseSse(body: string): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createParser({ onEvent: (event) => events.push({ event: event.event, data: event.data }) });
  parser.feed(body);
  return events;
}

export interface StreamRun {
  chunks: ChatCompletionChunk[];
  summary: StreamSummary;
}

/** Feeds a recorded SSE body through a transformer; summary.chunks are included in `chunks`. */
export function runStream(transformer: ChatStreamTransformer, body: string): StreamRun {
  const chunks = parseSse(body).flatMap((event) => transformer.push(event));
  const summary = transformer.finish();
  return { chunks: [...chunks, ...summary.chunks], summary };
}

export function responseContext(request: Partial<ChatCompletionRequest> = {}): ChatResponseContext {
  return {
    requestedModel: 'client-model',
    request: { model: 'client-model', messages: [{ role: 'user', content: 'hi' }], ...request },
    created: 1_700_000_000,
    fallbackId: 'chatcmpl-fallback',
  };
}

/** Concatenated content deltas of choice 0. */
export function streamedText(chunks: readonly ChatCompletionChunk[]): string {
  return chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
}

/** Reassembles streamed tool calls the way OpenAI SDKs do (by delta index). */
export function streamedToolCalls(chunks: readonly ChatCompletionChunk[]): Array<{ id?: string; name?: string; arguments: string }> {
  const calls: Array<{ id?: string; name?: string; arguments: string }> = [];
  for (const chunk of chunks) {
    for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) {
      const call = (calls[delta.index] ??= { arguments: '' });
      if (delta.id) call.id = delta.id;
      if (delta.function?.name) call.name = delta.function.name;
      call.arguments += delta.function?.arguments ?? '';
    }
  }
  return calls;
}

export function parseBody(body: string | null): Record<string, unknown> {
  return JSON.parse(body ?? 'null') as Record<string, unknown>;
}
