import type { FinishReason } from '../types';

const CANONICAL: ReadonlySet<string> = new Set(['stop', 'length', 'tool_calls', 'content_filter', 'function_call']);

/** Some OpenAI-compatible servers leak their engine's own vocabulary; fold it onto OpenAI's. */
const ALIASES: Record<string, FinishReason> = {
  eos: 'stop',
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  model_length: 'length',
  tool_use: 'tool_calls',
  tool_call: 'tool_calls',
};

/** Null stays null (stream chunks without a finish); unknown strings count as a normal stop. */
export function normalizeFinishReason(value: unknown): FinishReason | null {
  if (typeof value !== 'string') return null;
  if (CANONICAL.has(value)) return value as FinishReason;
  return ALIASES[value] ?? 'stop';
}
