import type { NormalizedUpstreamError } from '../types';
import {
  classifyUpstreamError,
  extractErrorDetails,
  type UpstreamErrorDetails,
} from '../shared/upstream-error';

/** HTTP statuses Anthropic documents for each error type; used for errors inside streams. */
const STATUS_BY_ERROR_TYPE: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

function withAnthropicHints(details: UpstreamErrorDetails): UpstreamErrorDetails {
  if (details.type === 'overloaded_error') return { ...details, hint: 'overloaded' };
  if (details.type === 'authentication_error' || details.type === 'permission_error') {
    return { ...details, hint: 'auth' };
  }
  // An exhausted prepaid balance arrives as a plain 400 invalid_request_error.
  if (details.type === 'billing_error' || /credit balance is too low/i.test(details.message ?? '')) {
    return { ...details, hint: 'quota' };
  }
  return details;
}

export function parseAnthropicUpstreamError(status: number, bodyText: string): NormalizedUpstreamError {
  return classifyUpstreamError(status, withAnthropicHints(extractErrorDetails(bodyText)), bodyText);
}

/** An `error` event inside a stream: no HTTP status, so it is derived from the error type. */
export function parseAnthropicStreamError(dataText: string): NormalizedUpstreamError {
  const details = extractErrorDetails(dataText);
  const status = (details.type && STATUS_BY_ERROR_TYPE[details.type]) || 500;
  return classifyUpstreamError(status, withAnthropicHints(details), dataText);
}
