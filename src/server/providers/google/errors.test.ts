import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseGoogleUpstreamError } from './errors';
import { googleErrors } from './fixtures/errors';

const parse = (fixture: { status: number; body: string }) => parseGoogleUpstreamError(fixture.status, fixture.body);

describe('google upstream errors', () => {
  test('400 API_KEY_INVALID is a credential failure, not a client error', () => {
    const error = parse(googleErrors.invalidApiKey);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'provider_authentication_failed');
    assert.equal(error.upstreamStatus, 400);
  });

  test('plain 400 INVALID_ARGUMENT passes through without Google status names as code', () => {
    const error = parse(googleErrors.invalidArgument);
    assert.equal(error.status, 400);
    assert.equal(error.type, 'invalid_request_error');
    assert.equal(error.code, null);
    assert.match(error.message, /contents is not specified/);
  });

  test('FAILED_PRECONDITION (location / billing) is a provider-side problem', () => {
    const error = parse(googleErrors.locationNotSupported);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'provider_unavailable');
    assert.equal(error.retryable, true);
  });

  test('403, 404, 429, 500, 503', () => {
    assert.equal(parse(googleErrors.permissionDenied).code, 'provider_authentication_failed');
    assert.equal(parse(googleErrors.modelNotFound).code, 'upstream_model_not_found');
    const exhausted = parse(googleErrors.resourceExhausted);
    assert.equal(exhausted.status, 429);
    assert.equal(exhausted.code, 'upstream_rate_limited');
    assert.equal(parse(googleErrors.internal).status, 502);
    assert.equal(parse(googleErrors.unavailable).code, 'upstream_overloaded');
  });

  test('array-wrapped bodies are understood', () => {
    const error = parseGoogleUpstreamError(400, `[${googleErrors.invalidApiKey.body}]`);
    assert.equal(error.code, 'provider_authentication_failed');
  });
});
