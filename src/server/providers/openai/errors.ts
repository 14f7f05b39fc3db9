import type { NormalizedUpstreamError } from '../types';
import { isRecord } from '../shared/json';
import {
  classifyUpstreamError,
  extractErrorDetails,
  type UpstreamErrorDetails,
} from '../shared/upstream-error';

/** OpenAI signals account problems through codes on otherwise generic statuses. */
function withOpenAIHints(details: UpstreamErrorDetails): UpstreamErrorDetails {
  const marker = details.code ?? details.type;
  if (marker === 'insufficient_quota' || marker === 'billing_not_active') {
    return { ...details, hint: 'quota' };
  }
  if (marker === 'invalid_api_key' || marker === 'invalid_organization') {
    return { ...details, hint: 'auth' };
  }
  if (marker === 'unsupported_country_region_territory') {
    return { ...details, hint: 'provider_unavailable' };
  }
  return details;
}

export function parseOpenAIUpstreamError(status: number, bodyText: string): NormalizedUpstreamError {
  return classifyUpstreamError(status, withOpenAIHints(extractErrorDetails(bodyText)), bodyText);
}

/**
 * Error objects sent inside an already-started stream (OpenRouter and some
 * others do this). They carry no HTTP status; OpenRouter puts one in `code`.
 */
export function parseOpenAIStreamError(payload: Record<string, unknown>): NormalizedUpstreamError {
  const error = payload.error;
  const numericCode = isRecord(error) && typeof error.code === 'number' ? error.code : null;
  const status = numericCode !== null && numericCode >= 400 && numericCode <= 599 ? numericCode : 500;
  return parseOpenAIUpstreamError(status, JSON.stringify(payload));
}
