import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { responseContext } from '../shared/test-support';
import {
  geminiCachedResponse,
  geminiFunctionCallResponse,
  geminiMaxTokensResponse,
  geminiPromptBlockedResponse,
  geminiSafetyResponse,
  geminiTextResponse,
  geminiThoughtsResponse,
  geminiTwoCandidatesResponse,
} from './fixtures/responses';
import { parseGoogleChatResponse } from './response';

describe('google response', () => {
  test('text candidate → chat.completion; thoughts count as completion and reasoning tokens', () => {
    const { completion, usage } = parseGoogleChatResponse(geminiTextResponse, responseContext());
    assert.equal(completion.id, 'mRZ9aKivHfTb1dkP-pPvyQg');
    assert.equal(completion.model, 'client-model');
    assert.equal(completion.created, 1_700_000_000);
    assert.deepEqual(completion.choices, [{
      index: 0,
      message: { role: 'assistant', content: 'The sky appears blue because of Rayleigh scattering.', refusal: null },
      finish_reason: 'stop',
      logprobs: null,
    }]);
    assert.deepEqual(usage, { promptTokens: 8, completionTokens: 1013, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 1002 });
    assert.equal(completion.usage?.total_tokens, 1021);
  });

  test('cached content tokens are reported (already inside promptTokenCount)', () => {
    const { usage } = parseGoogleChatResponse(geminiCachedResponse, responseContext());
    assert.equal(usage?.promptTokens, 12_050);
    assert.equal(usage?.cachedTokens, 12_000);
  });

  test('function calls → tool_calls with stable generated ids, signature kept, finish tool_calls', () => {
    const first = parseGoogleChatResponse(geminiFunctionCallResponse, responseContext()).completion;
    const again = parseGoogleChatResponse(geminiFunctionCallResponse, responseContext()).completion;
    const choice = first.choices[0];
    assert.equal(choice?.finish_reason, 'tool_calls');
    assert.equal(choice?.message.content, null);
    assert.deepEqual(choice?.message.tool_calls, [
      { id: 'call_fnCaLLrEsP1d_0_0', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' }, extra_content: { google: { thought_signature: 'CiQB0e2Kb7n4ZqS2u0cE4nYw...' } } },
      { id: 'call_fnCaLLrEsP1d_0_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"London"}' } },
    ]);
    assert.deepEqual(again.choices[0]?.message.tool_calls, choice?.message.tool_calls);
  });

  test('thought parts → reasoning_content', () => {
    const { completion } = parseGoogleChatResponse(geminiThoughtsResponse, responseContext());
    assert.equal(completion.choices[0]?.message.content, '27 × 453 = 12,231');
    assert.match(completion.choices[0]?.message.reasoning_content ?? '', /Calculating the product/);
  });

  test('finish reasons: MAX_TOKENS → length, SAFETY → content_filter', () => {
    assert.equal(parseGoogleChatResponse(geminiMaxTokensResponse, responseContext()).completion.choices[0]?.finish_reason, 'length');
    const safety = parseGoogleChatResponse(geminiSafetyResponse, responseContext()).completion.choices[0];
    assert.equal(safety?.finish_reason, 'content_filter');
    assert.equal(safety?.message.content, null);
  });

  test('a blocked prompt yields one empty content_filter choice and prompt usage', () => {
    const { completion, usage } = parseGoogleChatResponse(geminiPromptBlockedResponse, responseContext());
    assert.equal(completion.choices.length, 1);
    assert.equal(completion.choices[0]?.finish_reason, 'content_filter');
    assert.equal(usage?.promptTokens, 16);
  });

  test('several candidates → several choices', () => {
    const { completion } = parseGoogleChatResponse(geminiTwoCandidatesResponse, responseContext({ n: 2 }));
    assert.deepEqual(completion.choices.map((c) => [c.index, c.message.content]), [[0, 'Option A'], [1, 'Option B']]);
  });

  test('without a responseId the fallback id is used', () => {
    const { completion } = parseGoogleChatResponse({ candidates: [{ content: { parts: [{ functionCall: { name: 'f' } }] }, finishReason: 'STOP' }] }, responseContext());
    assert.equal(completion.id, 'chatcmpl-fallback');
    assert.equal(completion.choices[0]?.message.tool_calls?.[0]?.id, 'call_chatcmplfallback_0_0');
    assert.equal(completion.choices[0]?.message.tool_calls?.[0]?.function.arguments, '{}');
    assert.equal(completion.usage, undefined);
  });
});
