import type { ChatResponseContext, ChatResult } from '../adapter';
import type { ChatCompletion, ChatCompletionMessage, ToolCall } from '../types';
import { expectUpstreamObject, isRecord } from '../shared/json';
import { toCompletionUsage } from '../shared/usage';
import { structuredOutputToolName } from './structured-output';
import { mapStopReason, normalizeAnthropicUsage } from './usage';
import type { AnthropicMessageResponse } from './wire';

export function parseAnthropicChatResponse(json: unknown, ctx: ChatResponseContext): ChatResult {
  const body = expectUpstreamObject(json, 'message') as AnthropicMessageResponse;
  const structuredName = structuredOutputToolName(ctx.request);

  let text = '';
  let reasoning = '';
  let structuredJson: string | null = null;
  const toolCalls: ToolCall[] = [];
  for (const block of body.content ?? []) {
    switch (block.type) {
      case 'text':
        text += block.text;
        break;
      case 'thinking':
        reasoning += block.thinking;
        break;
      case 'tool_use': {
        const input = isRecord(block.input) ? block.input : {};
        if (block.name === structuredName) structuredJson = JSON.stringify(input);
        else toolCalls.push({ id: block.id, type: 'function', function: { name: block.name, arguments: JSON.stringify(input) } });
        break;
      }
      default:
        // redacted_thinking and server-tool blocks have no OpenAI equivalent.
        break;
    }
  }

  const message: ChatCompletionMessage = {
    role: 'assistant',
    // Any preamble Claude wrote before the forced tool call is not part of the JSON answer.
    content: structuredJson ?? (text || null),
    refusal: null,
  };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  if (reasoning) message.reasoning_content = reasoning;

  const usage = body.usage ? normalizeAnthropicUsage(body.usage) : null;
  const completion: ChatCompletion = {
    id: body.id ?? ctx.fallbackId,
    object: 'chat.completion',
    created: ctx.created,
    model: ctx.requestedModel,
    choices: [{
      index: 0,
      message,
      finish_reason: mapStopReason(body.stop_reason, structuredJson !== null),
      logprobs: null,
    }],
  };
  if (usage) completion.usage = toCompletionUsage(usage);
  return { completion, usage };
}
