import type { EmbeddingsRequest } from '../types';
import { estimateTokens } from './usage';

/** Token estimate for an embeddings input; token-id inputs count exactly. */
export function estimateEmbeddingInputTokens(input: EmbeddingsRequest['input']): number {
  if (typeof input === 'string') return estimateTokens(input);
  let total = 0;
  for (const item of input) {
    if (typeof item === 'string') total += estimateTokens(item);
    else if (typeof item === 'number') total += 1;
    else total += item.length;
  }
  return total;
}

/** OpenAI's base64 embedding encoding: little-endian float32 values. */
export function encodeEmbeddingBase64(values: readonly number[]): string {
  const buffer = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => buffer.writeFloatLE(value, i * 4));
  return buffer.toString('base64');
}
