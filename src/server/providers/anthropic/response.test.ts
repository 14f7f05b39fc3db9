import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { responseContext } from '../shared/test-support';
import {
  anthropicCachedMessage,
  anthropicMaxTokensMessage,
  anthropicRefusalMessage,
  anthropicStructuredOutputMessage,
  anthropicTextMessage,
  anthropicThinkingMessage,
  anthropicToolUseMessage,
} from './fixtures/responses';
import { parseAnthropicChatResponse } from './response';

const structuredRequest = {
  response_format: { type: 'json_schema' as const, json_schema: { name: 'weather_report', schema: { type: 'object' } } },
};

describe('anthropic response', () => {
  test('text message → chat.completion with the client model and Anthropic id', () => {
    const { completion, usage } = parseAnthropicChatResponse(anthropicTextMessage, responseContext());
    assert.deepEqual(completion, {
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'client-model',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hello! How can I help you today?', refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage: {
        prompt_tokens: 12, completion_tokens: 12, total_tokens: 24,
        prompt_tokens_details: { cached_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 0 },
      },
    });
    assert.deepEqual(usage, { promptTokens: 12, completionTokens: 12, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 });
  });

  test('cache reads and writes are added to prompt tokens', () => {
    const { completion, usage } = parseAnthropicChatResponse(anthropicCachedMessage, responseContext());
    assert.deepEqual(usage, { promptTokens: 21 + 188 + 1800, completionTokens: 393, cachedTokens: 1800, cacheWriteTokens: 188, reasoningTokens: 0 });
    assert.deepEqual(completion.usage?.prompt_tokens_details, { cached_tokens: 1800, cache_write_tokens: 188 });
  });

  test('tool_use blocks → tool_calls with JSON arguments, finish_reason tool_calls', () => {
    const { completion } = parseAnthropicChatResponse(anthropicToolUseMessage, responseContext());
    const choice = completion.choices[0];
    assert.equal(choice?.finish_reason, 'tool_calls');
    assert.equal(choice?.message.content, "I'll check the current weather in San Francisco for you.");
    assert.deepEqual(choice?.message.tool_calls, [
      { id: 'toolu_01A09q90qw90lq917835lq9', type: 'function', function: { name: 'get_weather', arguments: '{"location":"San Francisco, CA","unit":"celsius"}' } },
      { id: 'toolu_01B77c3kz8Vb2Q4e5ac1mt0', type: 'function', function: { name: 'get_time', arguments: '{}' } },
    ]);
  });

  test('thinking → reasoning_content; redacted thinking is omitted', () => {
    const { completion } = parseAnthropicChatResponse(anthropicThinkingMessage, responseContext());
    assert.equal(completion.choices[0]?.message.content, '27 × 453 = 12,231');
    assert.equal(completion.choices[0]?.message.reasoning_content, 'The user asks for 27 * 453. 27 * 453 = 12231.');
  });

  test('structured output tool call → JSON content with finish_reason stop', () => {
    const { completion } = parseAnthropicChatResponse(anthropicStructuredOutputMessage, responseContext(structuredRequest));
    const choice = completion.choices[0];
    assert.equal(choice?.message.content, '{"city":"Paris","temperature_c":18}');
    assert.equal(choice?.message.tool_calls, undefined);
    assert.equal(choice?.finish_reason, 'stop');
  });

  test('the same tool call is an ordinary tool call when the request did not ask for structured output', () => {
    const { completion } = parseAnthropicChatResponse(anthropicStructuredOutputMessage, responseContext());
    assert.equal(completion.choices[0]?.finish_reason, 'tool_calls');
    assert.equal(completion.choices[0]?.message.content, null);
  });

  test('stop reasons: max_tokens → length, refusal → content_filter', () => {
    assert.equal(parseAnthropicChatResponse(anthropicMaxTokensMessage, responseContext()).completion.choices[0]?.finish_reason, 'length');
    const refusal = parseAnthropicChatResponse(anthropicRefusalMessage, responseContext()).completion.choices[0];
    assert.equal(refusal?.finish_reason, 'content_filter');
    assert.equal(refusal?.message.content, null);
  });
});
