import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UpstreamProtocolError, UpstreamStreamError } from '../errors';
import { parseSse, responseContext, runStream, streamedText, streamedToolCalls } from '../shared/test-support';
import { openAITextStream, openAIToolCallStream, openRouterMidStreamError, togetherStreamWithUsageOnFinish } from './fixtures/streams';
import { createOpenAIStreamTransformer, extractOpenAIStreamMeta } from './stream';

const withUsage = responseContext({ stream: true, stream_options: { include_usage: true } });
const withoutUsage = responseContext({ stream: true });

describe('openai stream transformer', () => {
  test('text stream: chunks forwarded with the client model name, usage chunk kept when asked for', () => {
    const { chunks, summary } = runStream(createOpenAIStreamTransformer(withUsage), openAITextStream);
    assert.equal(chunks.length, 5);
    assert.ok(chunks.every((chunk) => chunk.model === 'client-model' && chunk.object === 'chat.completion.chunk'));
    assert.equal(chunks[0]?.id, 'chatcmpl-BvkQKuKDF1jx3vQ5DuW4ZaHNqkJuv');
    assert.equal(chunks[0]?.choices[0]?.delta.role, 'assistant');
    assert.equal(streamedText(chunks), 'Hello!');
    assert.equal(chunks[3]?.choices[0]?.finish_reason, 'stop');
    assert.deepEqual(chunks[4]?.choices, []);
    assert.equal(chunks[4]?.usage?.total_tokens, 11);
    assert.deepEqual(summary.usage, { promptTokens: 9, completionTokens: 2, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 });
    assert.equal(summary.finishReason, 'stop');
  });

  test('the forced usage chunk is hidden from clients that did not ask, but still metered', () => {
    const { chunks, summary } = runStream(createOpenAIStreamTransformer(withoutUsage), openAITextStream);
    assert.equal(chunks.length, 4);
    assert.ok(chunks.every((chunk) => !('usage' in chunk)));
    assert.equal(summary.usage?.promptTokens, 9);
  });

  test('tool call deltas pass through and reassemble', () => {
    const { chunks, summary } = runStream(createOpenAIStreamTransformer(withUsage), openAIToolCallStream);
    assert.deepEqual(streamedToolCalls(chunks), [{ id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA', name: 'get_weather', arguments: '{"location":"Paris"}' }]);
    assert.equal(summary.finishReason, 'tool_calls');
    assert.equal(summary.usage?.completionTokens, 15);
  });

  test('usage on the finish chunk (Together) is metered; non-standard finish reasons are metered as stop', () => {
    const { chunks, summary } = runStream(createOpenAIStreamTransformer(withoutUsage), togetherStreamWithUsageOnFinish);
    assert.equal(chunks.length, 2);
    assert.equal('usage' in (chunks[1] ?? {}), false);
    assert.deepEqual(summary.usage, { promptTokens: 38, completionTokens: 2, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 });
    assert.equal(summary.finishReason, 'stop');
  });

  test('an error object mid-stream throws UpstreamStreamError after earlier chunks were delivered', () => {
    const transformer = createOpenAIStreamTransformer(withoutUsage);
    const [first, second] = parseSse(openRouterMidStreamError);
    assert.ok(first && second);
    assert.equal(transformer.push(first)[0]?.choices[0]?.delta.content, 'Partial');
    assert.throws(() => transformer.push(second), (error: unknown) => {
      assert.ok(error instanceof UpstreamStreamError);
      assert.equal(error.error.status, 502);
      assert.equal(error.error.upstreamMessage, 'Provider disconnected unexpectedly');
      return true;
    });
  });

  test('a truncated stream reports no finish reason', () => {
    const transformer = createOpenAIStreamTransformer(withoutUsage);
    const [first] = parseSse(openAITextStream);
    assert.ok(first);
    transformer.push(first);
    assert.deepEqual(transformer.finish(), { chunks: [], usage: null, finishReason: null });
  });

  test('unparseable data is a protocol error', () => {
    assert.throws(() => createOpenAIStreamTransformer(withoutUsage).push({ data: '{not json' }), UpstreamProtocolError);
  });
});

describe('extractOpenAIStreamMeta (pass-through metering)', () => {
  const events = parseSse(openAITextStream);

  test('content chunks carry nothing', () => {
    const meta = extractOpenAIStreamMeta(events[1]?.data ?? '');
    assert.deepEqual(meta, { done: false, usage: null, finishReason: null, usageOnly: false, error: null });
  });

  test('finish chunk carries the finish reason, usage chunk the usage', () => {
    assert.equal(extractOpenAIStreamMeta(events[3]?.data ?? '').finishReason, 'stop');
    const usageMeta = extractOpenAIStreamMeta(events[4]?.data ?? '');
    assert.equal(usageMeta.usageOnly, true);
    assert.equal(usageMeta.usage?.completionTokens, 2);
  });

  test('[DONE] is recognised', () => {
    assert.equal(extractOpenAIStreamMeta(events[5]?.data ?? '').done, true);
  });

  test('text that merely mentions usage does not trigger parsing', () => {
    const data = JSON.stringify({ choices: [{ index: 0, delta: { content: 'the "usage": {x} field' }, finish_reason: null }] });
    assert.equal(extractOpenAIStreamMeta(data).usage, null);
  });

  test('usage on a finish chunk is not usage-only', () => {
    const [, finish] = parseSse(togetherStreamWithUsageOnFinish);
    const meta = extractOpenAIStreamMeta(finish?.data ?? '');
    assert.equal(meta.usageOnly, false);
    assert.equal(meta.usage?.promptTokens, 38);
    assert.equal(meta.finishReason, 'stop');
  });

  test('mid-stream errors are surfaced', () => {
    const [, error] = parseSse(openRouterMidStreamError);
    assert.equal(extractOpenAIStreamMeta(error?.data ?? '').error?.code, 'upstream_error');
  });
});
