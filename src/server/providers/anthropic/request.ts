/**
 * OpenAI chat request → Anthropic Messages request.
 *
 * Dropped because Anthropic has no equivalent: seed, frequency_penalty,
 * presence_penalty, logit_bias, logprobs, top_logprobs, n (one choice is
 * returned), stream_options (usage is always streamed).
 * Translated: stop → stop_sequences, user → metadata.user_id,
 * parallel_tool_calls:false → disable_parallel_tool_use, reasoning_effort →
 * thinking budget, response_format → forced tool or system instruction.
 */
import type { ChatBuildContext, ChatUpstreamRequest, UpstreamContext } from '../adapter';
import type { ChatCompletionRequest } from '../types';
import { joinUrl, jsonHeaders } from '../shared/http';
import { jsonModeInstruction } from '../shared/json-mode';
import { withoutUndefined } from '../shared/json';
import { collapseSystem, convertMessages } from './messages';
import { isInsideToolLoop, planOutput } from './output-limits';
import { structuredOutputTool } from './structured-output';
import type { AnthropicRequestBody, AnthropicTool, AnthropicToolChoice } from './wire';

export const ANTHROPIC_VERSION = '2023-06-01';

export function anthropicHeaders(ctx: UpstreamContext, stream: boolean): Record<string, string> {
  return {
    ...jsonHeaders(stream),
    'x-api-key': ctx.apiKey,
    'anthropic-version': ctx.options?.anthropicVersion ?? ANTHROPIC_VERSION,
    ...ctx.extraHeaders,
  };
}

export function buildAnthropicChatRequest(
  req: ChatCompletionRequest,
  ctx: ChatBuildContext,
): ChatUpstreamRequest {
  const structuredTool = structuredOutputTool(req);
  const { systemBlocks, messages } = convertMessages(req.messages);
  const instruction = structuredTool ? null : jsonModeInstruction(req.response_format);
  if (instruction) systemBlocks.push({ type: 'text', text: instruction });

  const tools = structuredTool ? [structuredTool] : buildTools(req);
  const toolChoice = structuredTool
    ? { type: 'tool' as const, name: structuredTool.name }
    : buildToolChoice(req, tools.length > 0);
  const forcesToolUse = toolChoice?.type === 'any' || toolChoice?.type === 'tool';
  const plan = planOutput(req, ctx, !forcesToolUse && !isInsideToolLoop(req));

  const body: AnthropicRequestBody = withoutUndefined({
    model: ctx.providerModel,
    messages,
    max_tokens: plan.maxTokens,
    system: collapseSystem(systemBlocks),
    ...samplingParams(req, plan.thinking !== undefined),
    stop_sequences: stopSequences(req.stop),
    stream: ctx.stream ? true : undefined,
    tools: tools.length > 0 ? tools : undefined,
    tool_choice: toolChoice,
    thinking: plan.thinking,
    metadata: req.user ? { user_id: req.user } : undefined,
  });

  return {
    url: joinUrl(ctx.baseUrl, 'v1/messages'),
    method: 'POST',
    headers: anthropicHeaders(ctx, ctx.stream),
    body: JSON.stringify(body),
  };
}

/**
 * Anthropic's temperature range is 0-1 (OpenAI's is 0-2), so it is clamped.
 * Recent Claude models reject temperature together with top_p, so top_p only
 * goes when temperature is absent. Thinking forbids both.
 */
function samplingParams(
  req: ChatCompletionRequest,
  thinking: boolean,
): { temperature?: number; top_p?: number } {
  if (thinking) return {};
  if (req.temperature != null) return { temperature: Math.min(Math.max(req.temperature, 0), 1) };
  if (req.top_p != null) return { top_p: req.top_p };
  return {};
}

function stopSequences(stop: ChatCompletionRequest['stop']): string[] | undefined {
  if (stop == null) return undefined;
  const list = (typeof stop === 'string' ? [stop] : stop).filter((s) => s.length > 0);
  return list.length > 0 ? list : undefined;
}

function buildTools(req: ChatCompletionRequest): AnthropicTool[] {
  return (req.tools ?? []).map(({ function: fn }) => ({
    name: fn.name,
    ...(fn.description ? { description: fn.description } : {}),
    // Anthropic requires an object schema even for argument-less tools.
    input_schema: { type: 'object', properties: {}, ...(fn.parameters ?? {}) },
  }));
}

function buildToolChoice(req: ChatCompletionRequest, hasTools: boolean): AnthropicToolChoice | undefined {
  if (!hasTools) return undefined;
  const choice = req.tool_choice;
  if (choice === 'none') return { type: 'none' };
  const parallel = req.parallel_tool_calls === false ? { disable_parallel_tool_use: true } : {};
  if (choice === 'required') return { type: 'any', ...parallel };
  if (typeof choice === 'object') return { type: 'tool', name: choice.function.name, ...parallel };
  if (choice === 'auto' || req.parallel_tool_calls === false) return { type: 'auto', ...parallel };
  return undefined;
}
