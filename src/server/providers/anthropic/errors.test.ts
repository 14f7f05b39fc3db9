import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseBody } from '../shared/test-support';
import { parseAnthropicUpstreamError } from './errors';
import { anthropicErrors } from './fixtures/errors';
import { anthropicAdapter } from './index';

const parse = (fixture: { status: number; body: string }) => parseAnthropicUpstreamError(fixture.status, fixture.body);

describe('anthropic upstream errors', () => {
  test('400 invalid_request_error passes its message through', () => {
    const error = parse(anthropicErrors.invalidRequest);
    assert.equal(error.status, 400);
    assert.equal(error.type, 'invalid_request_error');
    assert.equal(error.message, 'messages.1.content.0.text: text content blocks must be non-empty');
    assert.equal(error.retryable, false);
  });

  test('400 "credit balance is too low" is an account quota problem', () => {
    const error = parse(anthropicErrors.creditBalance);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'provider_quota_exceeded');
  });

  test('401 and 403 → provider authentication failed', () => {
    for (const fixture of [anthropicErrors.authentication, anthropicErrors.permission]) {
      const error = parse(fixture);
      assert.equal(error.status, 502);
      assert.equal(error.code, 'provider_authentication_failed');
    }
  });

  test('404, 413, 429, 500 and 529', () => {
    assert.equal(parse(anthropicErrors.notFound).code, 'upstream_model_not_found');
    assert.equal(parse(anthropicErrors.requestTooLarge).status, 413);
    const rateLimit = parse(anthropicErrors.rateLimit);
    assert.equal(rateLimit.status, 429);
    assert.doesNotMatch(rateLimit.message, /organization/);
    assert.equal(parse(anthropicErrors.api).status, 502);
    const overloaded = parse(anthropicErrors.overloaded);
    assert.equal(overloaded.status, 503);
    assert.equal(overloaded.code, 'upstream_overloaded');
  });
});

describe('anthropic adapter extras', () => {
  const ctx = { baseUrl: 'https://api.anthropic.com', apiKey: 'sk-ant', providerModel: 'claude-haiku-4-5' };

  test('has no embeddings', () => {
    assert.equal(anthropicAdapter.embeddings, null);
  });

  test('test connection lists one model for free', () => {
    const request = anthropicAdapter.buildTestConnectionRequest(ctx);
    assert.equal(request.method, 'GET');
    assert.equal(request.url, 'https://api.anthropic.com/v1/models?limit=1');
    assert.equal(request.headers['x-api-key'], 'sk-ant');
    assert.equal(request.body, null);
  });

  test('completion probe sends a 1-token message', () => {
    const request = anthropicAdapter.buildTestConnectionRequest(ctx, 'completion');
    const body = parseBody(request.body);
    assert.equal(body.max_tokens, 1);
    assert.equal(body.model, 'claude-haiku-4-5');
  });
});
