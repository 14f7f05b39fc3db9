import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toOpenAIErrorBody } from '../errors';
import { parseOpenAIUpstreamError } from './errors';
import { openAIErrors } from './fixtures/errors';

const parse = (fixture: { status: number; body: string }) => parseOpenAIUpstreamError(fixture.status, fixture.body);

describe('openai upstream errors', () => {
  test('400 passes the message, code and param through', () => {
    const error = parse(openAIErrors.contextLength);
    assert.equal(error.status, 400);
    assert.equal(error.type, 'invalid_request_error');
    assert.equal(error.code, 'context_length_exceeded');
    assert.equal(error.param, 'messages');
    assert.match(error.message, /maximum context length/);
    assert.equal(error.retryable, false);
  });

  test('401 becomes a 502 provider authentication failure without leaking the key', () => {
    const error = parse(openAIErrors.invalidApiKey);
    assert.equal(error.status, 502);
    assert.equal(error.type, 'upstream_error');
    assert.equal(error.code, 'provider_authentication_failed');
    assert.doesNotMatch(error.message, /sk-/);
    assert.match(error.upstreamMessage, /Incorrect API key/);
    assert.equal(error.upstreamStatus, 401);
    assert.equal(error.retryable, true);
  });

  test('429 rate limit stays 429 without the organisation id', () => {
    const error = parse(openAIErrors.rateLimited);
    assert.equal(error.status, 429);
    assert.equal(error.type, 'rate_limit_error');
    assert.equal(error.code, 'upstream_rate_limited');
    assert.doesNotMatch(error.message, /org-/);
  });

  test('429 insufficient_quota is an account problem, not a rate limit', () => {
    const error = parse(openAIErrors.insufficientQuota);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'provider_quota_exceeded');
  });

  test('402 (DeepSeek balance) is a quota problem', () => {
    assert.equal(parse(openAIErrors.deepSeekInsufficientBalance).code, 'provider_quota_exceeded');
  });

  test('404 means the configured provider model is wrong', () => {
    const error = parse(openAIErrors.modelNotFound);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'upstream_model_not_found');
    assert.match(error.message, /gpt-5-turbo/);
    assert.equal(error.retryable, true);
  });

  test('5xx becomes 502 upstream_error', () => {
    const error = parse(openAIErrors.serverError);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'upstream_error');
    assert.equal(error.retryable, true);
  });

  test('non-JSON bodies are tolerated', () => {
    const error = parse(openAIErrors.cloudflareBadGateway);
    assert.equal(error.status, 502);
    assert.match(error.upstreamMessage, /502 Bad Gateway/);
  });

  test('504 and empty bodies map to upstream_timeout', () => {
    const error = parse(openAIErrors.gatewayTimeout);
    assert.equal(error.status, 504);
    assert.equal(error.code, 'upstream_timeout');
    assert.equal(error.upstreamMessage, 'HTTP 504');
  });

  test('Mistral 422 and FastAPI detail messages are extracted', () => {
    const mistral = parse(openAIErrors.mistralValidation);
    assert.equal(mistral.status, 400);
    assert.equal(mistral.message, 'Extra inputs are not permitted');
    assert.equal(parse(openAIErrors.fastApiDetail).message, 'temperature must be between 0 and 2');
  });

  test('toOpenAIErrorBody builds the client envelope', () => {
    assert.deepEqual(toOpenAIErrorBody(parse(openAIErrors.rateLimited)), {
      error: {
        message: 'The upstream provider is rate limiting requests. Please retry later.',
        type: 'rate_limit_error',
        param: null,
        code: 'upstream_rate_limited',
      },
    });
  });
});
