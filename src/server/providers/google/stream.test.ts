import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UpstreamStreamError } from '../errors';
import { parseSse, responseContext, runStream, streamedText, streamedToolCalls } from '../shared/test-support';
import { geminiFunctionCallResponse } from './fixtures/responses';
import {
  geminiFunctionCallStream,
  geminiMidStreamError,
  geminiPromptBlockedStream,
  geminiTextStream,
  geminiThoughtStream,
} from './fixtures/streams';
import { parseGoogleChatResponse } from './response';
import { createGoogleStreamTransformer } from './stream';

const withUsage = responseContext({ stream: true, stream_options: { include_usage: true } });
const withoutUsage = responseContext({ stream: true });

describe('google stream transformer', () => {
  test('text stream → role + content deltas, finish chunk, usage chunk from the last usageMetadata', () => {
    const { chunks, summary } = runStream(createGoogleStreamTransformer(withUsage), geminiTextStream);
    assert.deepEqual(chunks.slice(0, 3).map((chunk) => chunk.choices[0]?.delta), [
      { role: 'assistant', content: 'The' },
      { content: ' sky is blue because of Rayleigh scattering.' },
      {},
    ]);
    assert.equal(chunks[2]?.choices[0]?.finish_reason, 'stop');
    assert.ok(chunks.every((chunk) => chunk.id === 'i8ZzaPHEDbGI1dkPqMS0qAo' && chunk.model === 'client-model'));
    assert.equal(chunks[3]?.usage?.completion_tokens, 552);
    assert.deepEqual(summary.usage, { promptTokens: 8, completionTokens: 552, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 542 });
    assert.equal(summary.finishReason, 'stop');
    assert.equal(streamedText(chunks), 'The sky is blue because of Rayleigh scattering.');
  });

  test('no usage chunk unless asked', () => {
    const { chunks, summary } = runStream(createGoogleStreamTransformer(withoutUsage), geminiTextStream);
    assert.equal(chunks.length, 3);
    assert.equal(summary.usage?.promptTokens, 8);
  });

  test('function calls arrive whole → one delta each with id, name and full arguments', () => {
    const { chunks, summary } = runStream(createGoogleStreamTransformer(withoutUsage), geminiFunctionCallStream);
    assert.equal(streamedText(chunks), 'Let me look that up.');
    const deltas = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
    assert.deepEqual(deltas[0], {
      index: 0, id: 'call_i8ZzaPHEDbGI1dkPqMS0qAo_0_0', type: 'function',
      function: { name: 'get_weather', arguments: '{"location":"Paris"}' },
      extra_content: { google: { thought_signature: 'CiQB0e2Kb7n4ZqS2u0cE4nYw...' } },
    });
    assert.deepEqual(streamedToolCalls(chunks).map((call) => call.arguments), ['{"location":"Paris"}', '{"location":"London"}']);
    assert.equal(deltas[1]?.index, 1);
    assert.equal(summary.finishReason, 'tool_calls');
    assert.equal(summary.usage?.completionTokens, 90);
  });

  test('streamed and non-streamed tool call ids follow the same scheme', () => {
    const body = { ...geminiFunctionCallResponse, responseId: 'i8ZzaPHEDbGI1dkPqMS0qAo' };
    const ids = parseGoogleChatResponse(body, responseContext()).completion.choices[0]?.message.tool_calls?.map((c) => c.id);
    const { chunks } = runStream(createGoogleStreamTransformer(withoutUsage), geminiFunctionCallStream);
    assert.deepEqual(streamedToolCalls(chunks).map((call) => call.id), ids);
  });

  test('thought parts stream as reasoning_content; MAX_TOKENS → length', () => {
    const { chunks, summary } = runStream(createGoogleStreamTransformer(withoutUsage), geminiThoughtStream);
    assert.match(chunks[0]?.choices[0]?.delta.reasoning_content ?? '', /Planning the answer/);
    assert.equal(chunks[0]?.choices[0]?.delta.content, undefined);
    assert.match(streamedText(chunks), /Autumn moonlight/);
    assert.equal(summary.finishReason, 'length');
  });

  test('a blocked prompt ends the stream with content_filter', () => {
    const { chunks, summary } = runStream(createGoogleStreamTransformer(withoutUsage), geminiPromptBlockedStream);
    assert.deepEqual(chunks.map((chunk) => chunk.choices[0]?.finish_reason), ['content_filter']);
    assert.equal(summary.finishReason, 'content_filter');
  });

  test('several candidates keep separate choice indexes', () => {
    const body = `data: ${JSON.stringify({ candidates: [
      { content: { parts: [{ text: 'A' }] }, index: 0, finishReason: 'STOP' },
      { content: { parts: [{ text: 'B' }] }, index: 1, finishReason: 'STOP' },
    ] })}\n\n`;
    const { chunks } = runStream(createGoogleStreamTransformer(withoutUsage), body);
    assert.deepEqual(chunks.map((chunk) => [chunk.choices[0]?.index, chunk.choices[0]?.delta.content ?? null, chunk.choices[0]?.finish_reason]), [
      [0, 'A', null], [0, null, 'stop'], [1, 'B', null], [1, null, 'stop'],
    ]);
  });

  test('an error object mid-stream throws UpstreamStreamError', () => {
    const transformer = createGoogleStreamTransformer(withoutUsage);
    const [first, second] = parseSse(geminiMidStreamError);
    assert.ok(first && second);
    assert.equal(streamedText(transformer.push(first)), 'Partial');
    assert.throws(() => transformer.push(second), (error: unknown) => {
      assert.ok(error instanceof UpstreamStreamError);
      assert.equal(error.error.code, 'upstream_overloaded');
      return true;
    });
  });
});
