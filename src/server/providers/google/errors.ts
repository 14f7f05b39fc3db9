import type { NormalizedUpstreamError } from '../types';
import { isRecord, tryParseJson } from '../shared/json';
import {
  classifyUpstreamError,
  extractErrorDetails,
  type UpstreamErrorDetails,
  type UpstreamErrorHint,
} from '../shared/upstream-error';

/** google.rpc.ErrorInfo reasons from `error.details[]`. */
function errorReasons(bodyText: string): string[] {
  let body = tryParseJson(bodyText);
  if (Array.isArray(body)) body = body[0];
  const error = isRecord(body) ? body.error : undefined;
  const details = isRecord(error) && Array.isArray(error.details) ? error.details : [];
  return details.filter(isRecord).map((d) => d.reason).filter((r): r is string => typeof r === 'string');
}

/**
 * Google reports an invalid API key as 400 INVALID_ARGUMENT, which would
 * otherwise look like a client mistake; the ErrorInfo reason disambiguates.
 * FAILED_PRECONDITION covers "location not supported" / "billing required",
 * problems of the gateway's account rather than of the request.
 */
function hintFor(details: UpstreamErrorDetails, reasons: string[]): UpstreamErrorHint | undefined {
  if (reasons.includes('API_KEY_INVALID') || reasons.includes('API_KEY_SERVICE_BLOCKED')) return 'auth';
  switch (details.type) {
    case 'UNAUTHENTICATED':
    case 'PERMISSION_DENIED':
      return 'auth';
    case 'RESOURCE_EXHAUSTED':
      return 'rate_limit';
    case 'UNAVAILABLE':
      return 'overloaded';
    case 'FAILED_PRECONDITION':
      return 'provider_unavailable';
    default:
      return undefined;
  }
}

export function parseGoogleUpstreamError(status: number, bodyText: string): NormalizedUpstreamError {
  const details = extractErrorDetails(bodyText);
  // Google's status names are not OpenAI error codes; keep them out of `code`.
  const hint = hintFor(details, errorReasons(bodyText));
  return classifyUpstreamError(status, { ...details, code: null, hint }, bodyText);
}

/** An error object inside a stream; its `code` is the HTTP status it would have had. */
export function parseGoogleStreamError(dataText: string, payload: Record<string, unknown>): NormalizedUpstreamError {
  const error = payload.error;
  const code = isRecord(error) && typeof error.code === 'number' ? error.code : 500;
  return parseGoogleUpstreamError(code >= 400 && code <= 599 ? code : 500, dataText);
}
