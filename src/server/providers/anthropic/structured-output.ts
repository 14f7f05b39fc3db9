/**
 * response_format json_schema on Anthropic, via tool forcing: the schema
 * becomes the input_schema of a single tool the model is forced to call, and
 * the tool input is returned to the client as the message content. Tool
 * inputs are always schema-shaped JSON objects, which is a stronger
 * guarantee than asking for JSON in the system prompt, and it works on every
 * Claude model (unlike the newer structured-outputs beta).
 *
 * It is only used when the client sent no tools of its own (forcing our tool
 * would stop the model from calling theirs) and the schema root is an
 * object (tool inputs must be objects; OpenAI requires the same for
 * json_schema). Otherwise the schema goes into the system prompt instead.
 */
import type { ChatCompletionRequest } from '../types';
import type { AnthropicTool } from './wire';

const DEFAULT_DESCRIPTION = 'Return your final answer by calling this tool; its input is the answer.';

export function structuredOutputTool(req: ChatCompletionRequest): AnthropicTool | null {
  const format = req.response_format;
  if (format?.type !== 'json_schema' || (req.tools?.length ?? 0) > 0) return null;
  const { name, description, schema } = format.json_schema;
  if (schema && schema.type !== undefined && schema.type !== 'object') return null;
  return {
    name,
    description: description ?? DEFAULT_DESCRIPTION,
    input_schema: { type: 'object', ...(schema ?? {}) },
  };
}

/** The forced tool's name when the request uses tool-forced structured output, else null. */
export function structuredOutputToolName(req: ChatCompletionRequest): string | null {
  return structuredOutputTool(req)?.name ?? null;
}
