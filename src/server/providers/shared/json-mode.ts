import type { ResponseFormat } from '../types';

/**
 * A system-prompt instruction that asks for JSON output, for providers (or
 * provider/feature combinations) without native JSON mode. Returns null for
 * plain text output.
 */
export function jsonModeInstruction(format: ResponseFormat | undefined): string | null {
  if (!format || format.type === 'text') return null;
  if (format.type === 'json_object') {
    return 'Respond with a single valid JSON object and nothing else: no prose, no Markdown code fences.';
  }
  const { name, description, schema } = format.json_schema;
  const lines = [
    `Respond with a single valid JSON value named "${name}" and nothing else: no prose, no Markdown code fences.`,
  ];
  if (description) lines.push(`Purpose: ${description}`);
  if (schema) lines.push(`It must conform to this JSON Schema:\n${JSON.stringify(schema)}`);
  return lines.join('\n');
}
