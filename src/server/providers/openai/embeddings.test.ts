import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { UpstreamContext } from '../adapter';
import { parseBody } from '../shared/test-support';
import { buildOpenAIEmbeddingsRequest, parseOpenAIEmbeddingsResponse } from './embeddings';
import { openAIEmbeddingsResponse } from './fixtures/responses';
import { openAIAdapter } from './index';

const ctx: UpstreamContext = { baseUrl: 'https://api.openai.com/v1', apiKey: 'sk-test', providerModel: 'text-embedding-3-small' };

describe('openai embeddings', () => {
  test('request forwards input, dimensions and encoding with the provider model', () => {
    const request = buildOpenAIEmbeddingsRequest({ model: 'emb', input: ['a', 'b'], dimensions: 256, encoding_format: 'base64' }, ctx);
    assert.equal(request.url, 'https://api.openai.com/v1/embeddings');
    assert.equal(request.headers.authorization, 'Bearer sk-test');
    assert.deepEqual(parseBody(request.body), { model: 'text-embedding-3-small', input: ['a', 'b'], dimensions: 256, encoding_format: 'base64' });
  });

  test('response keeps vectors, renames the model and reports usage', () => {
    const result = parseOpenAIEmbeddingsResponse(openAIEmbeddingsResponse, { requestedModel: 'emb', request: { model: 'emb', input: ['a', 'b'] } });
    assert.equal(result.response.model, 'emb');
    assert.equal(result.response.data.length, 2);
    assert.deepEqual(result.response.data[1]?.embedding, [-0.0055487263, 0.0070231384, 0.0122038]);
    assert.equal(result.usage.promptTokens, 8);
    assert.equal(result.usageEstimated, false);
  });

  test('missing usage is estimated', () => {
    const result = parseOpenAIEmbeddingsResponse({ data: [{ embedding: [1] }] }, { requestedModel: 'emb', request: { model: 'emb', input: 'abcdefgh' } });
    assert.equal(result.usage.promptTokens, 2);
    assert.equal(result.usageEstimated, true);
    assert.equal(result.response.data[0]?.index, 0);
  });
});

describe('openai test connection', () => {
  test('default probe lists models (free)', () => {
    const request = openAIAdapter.buildTestConnectionRequest(ctx);
    assert.equal(request.method, 'GET');
    assert.equal(request.url, 'https://api.openai.com/v1/models');
    assert.equal(request.body, null);
    assert.equal(request.headers.authorization, 'Bearer sk-test');
  });

  test('completion probe asks for a single token', () => {
    const request = openAIAdapter.buildTestConnectionRequest({ ...ctx, providerModel: 'gpt-4o-mini' }, 'completion');
    const body = parseBody(request.body);
    assert.equal(request.url, 'https://api.openai.com/v1/chat/completions');
    assert.equal(body.max_completion_tokens, 1);
    assert.equal(body.model, 'gpt-4o-mini');
  });
});
