import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UpstreamProtocolError } from '../errors';
import { responseContext } from '../shared/test-support';
import {
  deepSeekCacheHitUsage,
  deepSeekReasonerCompletion,
  openAIReasoningCompletion,
  openAITextCompletion,
  openAIToolCallCompletion,
  perplexityCompletion,
  xaiReasoningUsage,
} from './fixtures/responses';
import { parseOpenAIChatResponse } from './response';
import { normalizeOpenAIUsage } from './usage';

describe('openai response', () => {
  test('text completion: client model name, upstream id, usage normalized', () => {
    const { completion, usage } = parseOpenAIChatResponse(openAITextCompletion, responseContext());
    assert.equal(completion.id, 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT');
    assert.equal(completion.model, 'client-model');
    assert.equal(completion.created, 1741569952);
    assert.equal(completion.choices[0]?.message.content, 'Hello! How can I assist you today?');
    assert.equal(completion.choices[0]?.finish_reason, 'stop');
    assert.equal(completion.system_fingerprint, 'fp_b42a1d5e6c');
    assert.deepEqual(usage, { promptTokens: 19, completionTokens: 10, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 });
    assert.equal(completion.usage?.total_tokens, 29);
  });

  test('tool calls pass through untouched', () => {
    const { completion } = parseOpenAIChatResponse(openAIToolCallCompletion, responseContext());
    assert.equal(completion.choices[0]?.finish_reason, 'tool_calls');
    assert.deepEqual(completion.choices[0]?.message.tool_calls, openAIToolCallCompletion.choices[0]?.message.tool_calls);
  });

  test('reasoning and cached tokens are reported', () => {
    const { usage, completion } = parseOpenAIChatResponse(openAIReasoningCompletion, responseContext());
    assert.deepEqual(usage, { promptTokens: 2006, completionTokens: 300, cachedTokens: 1920, cacheWriteTokens: 0, reasoningTokens: 256 });
    assert.equal(completion.choices[0]?.logprobs, null);
  });

  test('provider extras survive (DeepSeek reasoning_content, Perplexity citations)', () => {
    const deepseek = parseOpenAIChatResponse(deepSeekReasonerCompletion, responseContext()).completion;
    assert.equal(deepseek.choices[0]?.message.reasoning_content, 'Compare the decimals...');
    const perplexity = parseOpenAIChatResponse(perplexityCompletion, responseContext()).completion as unknown as Record<string, unknown>;
    assert.deepEqual(perplexity.citations, ['https://www.example.com/article']);
  });

  test('missing envelope fields are filled from the context', () => {
    const { completion, usage } = parseOpenAIChatResponse(
      { choices: [{ message: { role: 'assistant', content: 'x' }, finish_reason: 'eos' }] },
      responseContext(),
    );
    assert.equal(completion.id, 'chatcmpl-fallback');
    assert.equal(completion.created, 1_700_000_000);
    assert.equal(completion.object, 'chat.completion');
    assert.equal(completion.choices[0]?.index, 0);
    assert.equal(completion.choices[0]?.finish_reason, 'stop');
    assert.equal(usage, null);
    assert.equal(completion.usage, undefined);
  });

  test('a non-object body is a protocol error', () => {
    assert.throws(() => parseOpenAIChatResponse('oops', responseContext()), UpstreamProtocolError);
  });
});

describe('openai usage normalization', () => {
  test('DeepSeek cache hits count as cached tokens', () => {
    assert.equal(normalizeOpenAIUsage(deepSeekCacheHitUsage)?.cachedTokens, 1024);
  });

  test('xAI reasoning tokens reported outside completion_tokens are folded in', () => {
    assert.deepEqual(normalizeOpenAIUsage(xaiReasoningUsage), {
      promptTokens: 32, completionTokens: 103, cachedTokens: 6, cacheWriteTokens: 0, reasoningTokens: 94,
    });
  });

  test('reasoning already inside completion_tokens is not double counted', () => {
    assert.equal(normalizeOpenAIUsage(openAIReasoningCompletion.usage)?.completionTokens, 300);
  });

  test('non-objects yield null', () => {
    assert.equal(normalizeOpenAIUsage(null), null);
    assert.equal(normalizeOpenAIUsage(undefined), null);
  });
});
