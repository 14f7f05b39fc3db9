import type { ChatCompletionChunk, ChunkDelta, FinishReason, NormalizedUsage } from '../types';
import { toCompletionUsage } from './usage';

export interface ChunkMeta {
  id: string;
  created: number;
  model: string;
}

export function deltaChunk(
  meta: ChunkMeta,
  index: number,
  delta: ChunkDelta,
  finishReason: FinishReason | null = null,
): ChatCompletionChunk {
  return {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices: [{ index, delta, finish_reason: finishReason, logprobs: null }],
  };
}

/** The trailing usage-only chunk OpenAI sends when stream_options.include_usage is set. */
export function usageChunk(meta: ChunkMeta, usage: NormalizedUsage): ChatCompletionChunk {
  return {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices: [],
    usage: toCompletionUsage(usage),
  };
}

export function hasDeltaContent(delta: ChunkDelta): boolean {
  return Object.keys(delta).length > 0;
}
