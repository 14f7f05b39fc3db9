import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UpstreamStreamError } from '../errors';
import { parseSse, responseContext, runStream, streamedText, streamedToolCalls } from '../shared/test-support';
import {
  anthropicCachedStream,
  anthropicOverloadedStream,
  anthropicStructuredOutputStream,
  anthropicTextStream,
  anthropicThinkingStream,
  anthropicToolUseStream,
} from './fixtures/streams';
import { createAnthropicStreamTransformer } from './stream';

const withUsage = responseContext({ stream: true, stream_options: { include_usage: true } });
const withoutUsage = responseContext({ stream: true });

describe('anthropic stream transformer', () => {
  test('text stream → role chunk, content deltas, finish chunk, usage chunk', () => {
    const { chunks, summary } = runStream(createAnthropicStreamTransformer(withUsage), anthropicTextStream);
    const deltas = chunks.map((chunk) => chunk.choices[0] ?? null);
    assert.deepEqual(deltas.map((choice) => choice?.delta ?? null), [
      { role: 'assistant', content: '' },
      { content: 'Hello' },
      { content: '!' },
      {},
      null,
    ]);
    assert.equal(deltas[3]?.finish_reason, 'stop');
    assert.ok(chunks.every((chunk) => chunk.id === 'msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY'));
    assert.ok(chunks.every((chunk) => chunk.model === 'client-model' && chunk.created === 1_700_000_000));
    assert.deepEqual(chunks[4]?.choices, []);
    assert.equal(chunks[4]?.usage?.prompt_tokens, 25);
    assert.equal(chunks[4]?.usage?.completion_tokens, 15);
    assert.deepEqual(summary.usage, { promptTokens: 25, completionTokens: 15, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 });
    assert.equal(summary.finishReason, 'stop');
  });

  test('no usage chunk unless the client asked for it; usage is still metered', () => {
    const { chunks, summary } = runStream(createAnthropicStreamTransformer(withoutUsage), anthropicTextStream);
    assert.equal(chunks.length, 4);
    assert.equal(summary.chunks.length, 0);
    assert.equal(summary.usage?.completionTokens, 15);
  });

  test('tool use: OpenAI tool call deltas with index, id, name, then argument increments', () => {
    const { chunks, summary } = runStream(createAnthropicStreamTransformer(withoutUsage), anthropicToolUseStream);
    assert.equal(streamedText(chunks), 'Okay, let me check the weather.');
    const toolDeltas = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
    assert.deepEqual(toolDeltas[0], { index: 0, id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', type: 'function', function: { name: 'get_weather', arguments: '' } });
    assert.deepEqual(toolDeltas[1], { index: 0, function: { arguments: '{"location":' } });
    assert.deepEqual(streamedToolCalls(chunks), [
      { id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'get_weather', arguments: '{"location": "San Francisco, CA"}' },
      { id: 'toolu_02Xb8Lw4qPzA8Rn6Ym2Tc5Hs', name: 'get_time', arguments: '{"timezone": "PST"}' },
    ]);
    assert.equal(summary.finishReason, 'tool_calls');
    assert.equal(chunks.at(-1)?.choices[0]?.finish_reason, 'tool_calls');
    assert.equal(summary.usage?.promptTokens, 472);
    assert.equal(summary.usage?.completionTokens, 89);
  });

  test('thinking deltas → reasoning_content; signatures are not forwarded', () => {
    const { chunks } = runStream(createAnthropicStreamTransformer(withoutUsage), anthropicThinkingStream);
    const reasoning = chunks.map((chunk) => chunk.choices[0]?.delta.reasoning_content ?? '').join('');
    assert.equal(reasoning, 'I need to find the GCD of 1071 and 462. 1071 = 2 × 462 + 147...');
    assert.equal(streamedText(chunks), 'The GCD is 21.');
    assert.ok(!JSON.stringify(chunks).includes('EqQB'));
  });

  test('cache usage from message_start and cumulative message_delta; max_tokens → length', () => {
    const { summary } = runStream(createAnthropicStreamTransformer(withoutUsage), anthropicCachedStream);
    assert.deepEqual(summary.usage, { promptTokens: 2009, completionTokens: 50, cachedTokens: 1800, cacheWriteTokens: 188, reasoningTokens: 0 });
    assert.equal(summary.finishReason, 'length');
  });

  test('structured output tool streams as content with finish_reason stop', () => {
    const ctx = responseContext({
      stream: true,
      response_format: { type: 'json_schema', json_schema: { name: 'weather_report', schema: { type: 'object' } } },
    });
    const { chunks, summary } = runStream(createAnthropicStreamTransformer(ctx), anthropicStructuredOutputStream);
    assert.equal(streamedText(chunks), '{"city": "Paris", "temperature_c": 18}');
    assert.deepEqual(streamedToolCalls(chunks), []);
    assert.equal(summary.finishReason, 'stop');
  });

  test('an error event throws UpstreamStreamError mapped like the HTTP error', () => {
    const transformer = createAnthropicStreamTransformer(withoutUsage);
    const events = parseSse(anthropicOverloadedStream);
    const delivered = events.slice(0, -1).flatMap((event) => transformer.push(event));
    assert.equal(streamedText(delivered), 'Partial');
    const last = events.at(-1);
    assert.ok(last);
    assert.throws(() => transformer.push(last), (error: unknown) => {
      assert.ok(error instanceof UpstreamStreamError);
      assert.equal(error.error.code, 'upstream_overloaded');
      assert.equal(error.error.status, 503);
      assert.equal(error.error.retryable, true);
      return true;
    });
    assert.equal(transformer.finish().finishReason, null);
  });
});
