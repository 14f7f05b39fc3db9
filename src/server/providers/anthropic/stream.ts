/**
 * Anthropic stream events → OpenAI chat.completion.chunk objects.
 *
 *   message_start              → role chunk (id and input usage recorded)
 *   content_block_start        → tool_use: tool call header (index, id, name)
 *   content_block_delta        → text_delta: content, thinking_delta:
 *                                reasoning_content, input_json_delta: arguments
 *   message_delta              → finish_reason chunk (output usage recorded)
 *   error                      → throws UpstreamStreamError
 *   ping, content_block_stop, message_stop, signature/citation deltas → nothing
 *   finish()                   → usage chunk, if the client asked for it
 */
import type { ChatResponseContext, ChatStreamTransformer, SseEvent } from '../adapter';
import { UpstreamStreamError } from '../errors';
import type { ChatCompletionChunk, ChunkDelta, FinishReason } from '../types';
import { deltaChunk, usageChunk, type ChunkMeta } from '../shared/chunks';
import { parseUpstreamObject } from '../shared/json';
import { count } from '../shared/usage';
import { parseAnthropicStreamError } from './errors';
import { structuredOutputToolName } from './structured-output';
import { mapStopReason, normalizeAnthropicUsage } from './usage';
import type { AnthropicContentDelta, AnthropicResponseBlock, AnthropicStreamEvent, AnthropicUsage } from './wire';

/** How deltas of one Anthropic content block are forwarded. */
type BlockRoute =
  | { kind: 'tool'; toolIndex: number }
  | { kind: 'structured' }
  | { kind: 'other' };

export function createAnthropicStreamTransformer(ctx: ChatResponseContext): ChatStreamTransformer {
  const includeUsage = ctx.request.stream_options?.include_usage === true;
  const structuredName = structuredOutputToolName(ctx.request);
  const meta: ChunkMeta = { id: ctx.fallbackId, created: ctx.created, model: ctx.requestedModel };
  const routes = new Map<number, BlockRoute>();
  const usage: AnthropicUsage = {};
  let sawUsage = false;
  let nextToolIndex = 0;
  let usedStructuredTool = false;
  let finishReason: FinishReason | null = null;

  const chunk = (delta: ChunkDelta, finish: FinishReason | null = null): ChatCompletionChunk =>
    deltaChunk(meta, 0, delta, finish);

  /** Later events repeat cumulative counts; any field present replaces the earlier value. */
  function recordUsage(update: AnthropicUsage | undefined): void {
    if (!update) return;
    sawUsage = true;
    if (update.input_tokens != null) usage.input_tokens = count(update.input_tokens);
    if (update.output_tokens != null) usage.output_tokens = count(update.output_tokens);
    if (update.cache_read_input_tokens != null) usage.cache_read_input_tokens = count(update.cache_read_input_tokens);
    if (update.cache_creation_input_tokens != null) usage.cache_creation_input_tokens = count(update.cache_creation_input_tokens);
  }

  function onBlockStart(index: number, block: AnthropicResponseBlock): ChatCompletionChunk[] {
    if (block.type === 'tool_use') {
      if (block.name === structuredName) {
        usedStructuredTool = true;
        routes.set(index, { kind: 'structured' });
        return [];
      }
      const toolIndex = nextToolIndex++;
      routes.set(index, { kind: 'tool', toolIndex });
      return [chunk({
        tool_calls: [{ index: toolIndex, id: block.id, type: 'function', function: { name: block.name, arguments: '' } }],
      })];
    }
    routes.set(index, { kind: 'other' });
    if (block.type === 'text' && block.text) return [chunk({ content: block.text })];
    return [];
  }

  function onBlockDelta(index: number, delta: AnthropicContentDelta): ChatCompletionChunk[] {
    switch (delta.type) {
      case 'text_delta':
        return delta.text ? [chunk({ content: delta.text })] : [];
      case 'thinking_delta':
        return delta.thinking ? [chunk({ reasoning_content: delta.thinking })] : [];
      case 'input_json_delta': {
        const route = routes.get(index);
        if (!delta.partial_json || !route) return [];
        if (route.kind === 'structured') return [chunk({ content: delta.partial_json })];
        if (route.kind === 'tool') {
          return [chunk({ tool_calls: [{ index: route.toolIndex, function: { arguments: delta.partial_json } }] })];
        }
        return [];
      }
      default:
        return [];
    }
  }

  return {
    push(sse: SseEvent): ChatCompletionChunk[] {
      const payload = parseUpstreamObject(sse.data, 'stream event');
      // Events are trusted to follow the documented shapes; the optional
      // chaining below only keeps a malformed one from crashing the stream.
      const event = payload as unknown as AnthropicStreamEvent;
      switch (event.type) {
        case 'message_start':
          if (event.message?.id) meta.id = event.message.id;
          recordUsage(event.message?.usage);
          return [chunk({ role: 'assistant', content: '' })];
        case 'content_block_start':
          return event.content_block ? onBlockStart(event.index, event.content_block) : [];
        case 'content_block_delta':
          return event.delta ? onBlockDelta(event.index, event.delta) : [];
        case 'message_delta':
          recordUsage(event.usage);
          if (!event.delta?.stop_reason) return [];
          finishReason = mapStopReason(event.delta.stop_reason, usedStructuredTool);
          return [chunk({}, finishReason)];
        case 'error':
          throw new UpstreamStreamError(parseAnthropicStreamError(sse.data));
        default:
          return [];
      }
    },

    finish() {
      const normalized = sawUsage ? normalizeAnthropicUsage(usage) : null;
      const chunks = includeUsage && normalized ? [usageChunk(meta, normalized)] : [];
      return { chunks, usage: normalized, finishReason };
    },
  };
}
