import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contentToText, guessMimeTypeFromUrl, parseDataUrl } from './content';
import { normalizeFinishReason } from './finish-reason';
import { jsonModeInstruction } from './json-mode';
import { parseToolArguments } from './json';
import { extractErrorDetails } from './upstream-error';
import { toCompletionUsage } from './usage';

describe('data URLs and content', () => {
  test('base64 data URLs split into MIME type and payload', () => {
    assert.deepEqual(parseDataUrl('data:image/jpeg;base64,/9j/4AAQ'), { mimeType: 'image/jpeg', data: '/9j/4AAQ' });
  });

  test('extra parameters before base64 are tolerated', () => {
    assert.deepEqual(parseDataUrl('data:image/png;name=x.png;base64,iVBO'), { mimeType: 'image/png', data: 'iVBO' });
  });

  test('percent-encoded data URLs are re-encoded as base64', () => {
    assert.deepEqual(parseDataUrl('data:text/plain,hi%20there'), { mimeType: 'text/plain', data: Buffer.from('hi there').toString('base64') });
  });

  test('ordinary URLs are not data URLs', () => {
    assert.equal(parseDataUrl('https://example.com/x.png'), null);
  });

  test('MIME type guessed from the URL path, ignoring the query', () => {
    assert.equal(guessMimeTypeFromUrl('https://x.io/a.JPG?v=1', 'image/png'), 'image/jpeg');
    assert.equal(guessMimeTypeFromUrl('https://x.io/doc.pdf', 'image/jpeg'), 'application/pdf');
    assert.equal(guessMimeTypeFromUrl('https://x.io/img', 'image/jpeg'), 'image/jpeg');
  });

  test('contentToText joins text parts and skips others', () => {
    assert.equal(contentToText([{ type: 'text', text: 'a' }, { type: 'refusal', refusal: 'no' }, { type: 'text', text: 'b' }]), 'a\nb');
    assert.equal(contentToText(null), '');
  });
});

describe('small helpers', () => {
  test('tool arguments: objects kept, anything else becomes {}', () => {
    assert.deepEqual(parseToolArguments('{"a":1}'), { a: 1 });
    assert.deepEqual(parseToolArguments(''), {});
    assert.deepEqual(parseToolArguments('[1]'), {});
    assert.deepEqual(parseToolArguments('{broken'), {});
  });

  test('finish reasons from foreign vocabularies', () => {
    assert.equal(normalizeFinishReason('length'), 'length');
    assert.equal(normalizeFinishReason('max_tokens'), 'length');
    assert.equal(normalizeFinishReason('tool_use'), 'tool_calls');
    assert.equal(normalizeFinishReason('something_new'), 'stop');
    assert.equal(normalizeFinishReason(null), null);
  });

  test('JSON mode instruction: none for text, schema embedded for json_schema', () => {
    assert.equal(jsonModeInstruction(undefined), null);
    assert.equal(jsonModeInstruction({ type: 'text' }), null);
    const instruction = jsonModeInstruction({ type: 'json_schema', json_schema: { name: 'r', description: 'A report', schema: { type: 'object' } } });
    assert.match(instruction ?? '', /named "r"/);
    assert.match(instruction ?? '', /Purpose: A report/);
    assert.match(instruction ?? '', /\{"type":"object"\}/);
  });

  test('usage conversion adds totals and cache-write details only when present', () => {
    const usage = toCompletionUsage({ promptTokens: 10, completionTokens: 5, cachedTokens: 2, cacheWriteTokens: 0, reasoningTokens: 1 });
    assert.equal(usage.total_tokens, 15);
    assert.deepEqual(usage.prompt_tokens_details, { cached_tokens: 2 });
    assert.deepEqual(usage.completion_tokens_details, { reasoning_tokens: 1 });
  });
});

describe('error body extraction', () => {
  test('string error field', () => {
    assert.equal(extractErrorDetails('{"error":"model overloaded"}').message, 'model overloaded');
  });

  test('pydantic detail arrays', () => {
    assert.equal(extractErrorDetails('{"detail":[{"loc":["body"],"msg":"field required"}]}').message, 'field required');
  });

  test('garbage yields empty details', () => {
    assert.deepEqual(extractErrorDetails('<html>'), { message: null, type: null, code: null, param: null });
  });
});
