import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { UpstreamContext } from '../adapter';
import { AdapterRequestError } from '../errors';
import { parseBody } from '../shared/test-support';
import { buildGoogleEmbeddingsRequest, parseGoogleEmbeddingsResponse } from './embeddings';
import { geminiBatchEmbedResponse } from './fixtures/responses';
import { googleAdapter } from './index';

const ctx: UpstreamContext = { baseUrl: 'https://generativelanguage.googleapis.com/', apiKey: 'AIza-test', providerModel: 'gemini-embedding-001' };

describe('google embeddings', () => {
  test('batchEmbedContents request, one entry per input, dimensions → outputDimensionality', () => {
    const request = buildGoogleEmbeddingsRequest({ model: 'emb', input: ['hello', 'world'], dimensions: 768 }, ctx);
    assert.equal(request.url, 'https://generativelanguage.googleapis.com/v1beta/models/gemini-embedding-001:batchEmbedContents');
    assert.equal(request.headers['x-goog-api-key'], 'AIza-test');
    assert.deepEqual(parseBody(request.body), {
      requests: [
        { model: 'models/gemini-embedding-001', content: { parts: [{ text: 'hello' }] }, outputDimensionality: 768 },
        { model: 'models/gemini-embedding-001', content: { parts: [{ text: 'world' }] }, outputDimensionality: 768 },
      ],
    });
  });

  test('a single string is one request', () => {
    const body = parseBody(buildGoogleEmbeddingsRequest({ model: 'emb', input: 'solo' }, ctx).body);
    assert.equal((body.requests as unknown[]).length, 1);
  });

  test('token-id input is rejected', () => {
    assert.throws(() => buildGoogleEmbeddingsRequest({ model: 'emb', input: [1, 2, 3] }, ctx), AdapterRequestError);
  });

  test('response → OpenAI list with estimated usage', () => {
    const result = parseGoogleEmbeddingsResponse(geminiBatchEmbedResponse, { requestedModel: 'emb', request: { model: 'emb', input: ['hello', 'world'] } });
    assert.equal(result.response.object, 'list');
    assert.equal(result.response.model, 'emb');
    assert.deepEqual(result.response.data.map((d) => d.index), [0, 1]);
    assert.deepEqual(result.response.data[0]?.embedding, [0.013168523, -0.008711934, -0.046782676]);
    assert.equal(result.usageEstimated, true);
    assert.equal(result.usage.promptTokens, 4);
    assert.equal(result.response.usage.total_tokens, 4);
  });

  test('encoding_format base64 → little-endian float32', () => {
    const result = parseGoogleEmbeddingsResponse({ embeddings: [{ values: [1, -2.5] }] }, { requestedModel: 'emb', request: { model: 'emb', input: 'x', encoding_format: 'base64' } });
    const encoded = result.response.data[0]?.embedding;
    assert.equal(typeof encoded, 'string');
    const buffer = Buffer.from(String(encoded), 'base64');
    assert.deepEqual([buffer.readFloatLE(0), buffer.readFloatLE(4)], [1, -2.5]);
  });
});

describe('google test connection', () => {
  test('default probe fetches the model resource (free; checks key and model)', () => {
    const request = googleAdapter.buildTestConnectionRequest({ ...ctx, providerModel: 'gemini-2.5-flash' });
    assert.equal(request.method, 'GET');
    assert.equal(request.url, 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash');
    assert.equal(request.headers['x-goog-api-key'], 'AIza-test');
    assert.equal(request.body, null);
  });

  test('completion probe asks for one output token', () => {
    const request = googleAdapter.buildTestConnectionRequest({ ...ctx, providerModel: 'gemini-2.5-flash' }, 'completion');
    assert.equal((parseBody(request.body).generationConfig as Record<string, unknown>).maxOutputTokens, 1);
  });
});
