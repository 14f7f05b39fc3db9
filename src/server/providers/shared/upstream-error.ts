/**
 * Maps provider HTTP failures onto what the gateway tells its own client.
 *
 * The rule of thumb: the client only sees provider detail when the client
 * caused the failure (4xx validation errors, whose message is passed
 * through). Everything caused by the gateway's provider account - bad key,
 * exhausted credit, rate limits - becomes a generic upstream error, so
 * account ids, key fragments and quota details never leak, and is flagged
 * retryable so routing can fail over to another provider.
 *
 * | upstream                              | gateway | type / code                                      |
 * |---------------------------------------|---------|--------------------------------------------------|
 * | 400, 422 (client's fault)             | 400     | invalid_request_error / upstream code (pass)     |
 * | 413                                   | 413     | invalid_request_error / request_too_large        |
 * | 401, 403, invalid-key hints           | 502     | upstream_error / provider_authentication_failed  |
 * | 402, insufficient quota / credit      | 502     | upstream_error / provider_quota_exceeded         |
 * | 404                                   | 502     | upstream_error / upstream_model_not_found        |
 * | 408, 504                              | 504     | upstream_error / upstream_timeout                |
 * | 429                                   | 429     | rate_limit_error / upstream_rate_limited         |
 * | 503, 529, overloaded hints            | 503     | upstream_error / upstream_overloaded             |
 * | other 4xx / 5xx                       | 502     | upstream_error / upstream_error                  |
 */
import type { NormalizedUpstreamError } from '../types';
import { isRecord, tryParseJson } from './json';

export type UpstreamErrorHint =
  | 'auth'
  | 'quota'
  | 'overloaded'
  | 'rate_limit'
  | 'provider_unavailable';

export interface UpstreamErrorDetails {
  message: string | null;
  type: string | null;
  code: string | null;
  param: string | null;
  /** Provider-specific knowledge that overrides the status-based mapping. */
  hint?: UpstreamErrorHint;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Messages nest in FastAPI/pydantic style: `{detail: [{msg}]}`, or Mistral's `message: {detail: [...]}`. */
function messageFrom(value: unknown, depth = 0): string | null {
  if (depth > 3) return null;
  if (typeof value === 'string') return value || null;
  if (Array.isArray(value)) return messageFrom(value[0], depth + 1);
  if (!isRecord(value)) return null;
  return messageFrom(value.msg, depth + 1) ?? messageFrom(value.message, depth + 1) ?? messageFrom(value.detail, depth + 1);
}

/**
 * Pulls message/type/code/param out of the error body shapes seen in the
 * wild: `{error:{...}}` (OpenAI, Anthropic, Google), `{error:"..."}`,
 * `{message, type, code}` (Mistral), `{detail: ...}` (FastAPI-based servers)
 * and Google's occasional array wrapper.
 */
export function extractErrorDetails(bodyText: string): UpstreamErrorDetails {
  let body = tryParseJson(bodyText);
  if (Array.isArray(body)) body = body[0];
  const empty: UpstreamErrorDetails = { message: null, type: null, code: null, param: null };
  if (!isRecord(body)) return empty;

  const inner = body.error;
  if (typeof inner === 'string') return { ...empty, message: inner };
  const source = isRecord(inner) ? inner : body;

  const message = messageFrom(source.message) ?? messageFrom(source.detail);
  return {
    message,
    type: stringOrNull(source.type) ?? stringOrNull(source.status),
    code: stringOrNull(source.code),
    param: stringOrNull(source.param),
  };
}

function upstreamError(
  status: number,
  type: NormalizedUpstreamError['type'],
  code: string | null,
  message: string,
  retryable: boolean,
  context: { upstreamStatus: number; upstreamMessage: string; param?: string | null },
): NormalizedUpstreamError {
  return {
    status,
    type,
    code,
    message,
    param: context.param ?? null,
    retryable,
    upstreamStatus: context.upstreamStatus,
    upstreamMessage: context.upstreamMessage,
  };
}

export function classifyUpstreamError(
  upstreamStatus: number,
  details: UpstreamErrorDetails,
  bodyText: string,
): NormalizedUpstreamError {
  const upstreamMessage = details.message ?? (bodyText.slice(0, 300) || `HTTP ${upstreamStatus}`);
  const context = { upstreamStatus, upstreamMessage };
  const hint = details.hint ?? hintFromStatus(upstreamStatus);

  switch (hint) {
    case 'auth':
      return upstreamError(502, 'upstream_error', 'provider_authentication_failed',
        `The upstream provider rejected the gateway's credentials (HTTP ${upstreamStatus}).`, true, context);
    case 'quota':
      return upstreamError(502, 'upstream_error', 'provider_quota_exceeded',
        'The upstream provider account has insufficient quota or credit.', true, context);
    case 'rate_limit':
      return upstreamError(429, 'rate_limit_error', 'upstream_rate_limited',
        'The upstream provider is rate limiting requests. Please retry later.', true, context);
    case 'overloaded':
      return upstreamError(503, 'upstream_error', 'upstream_overloaded',
        'The upstream provider is temporarily overloaded. Please retry later.', true, context);
    case 'provider_unavailable':
      return upstreamError(502, 'upstream_error', 'provider_unavailable',
        'The upstream provider cannot serve this request for the gateway account.', true, context);
    case undefined:
      break;
  }

  if (upstreamStatus === 400 || upstreamStatus === 422) {
    return upstreamError(400, 'invalid_request_error', details.code,
      details.message ?? `The upstream provider rejected the request (HTTP ${upstreamStatus}).`,
      false, { ...context, param: details.param });
  }
  if (upstreamStatus === 413) {
    return upstreamError(413, 'invalid_request_error', 'request_too_large',
      details.message ?? 'The request is too large for the upstream provider.', false, context);
  }
  if (upstreamStatus === 404) {
    // The client named a gateway model; a 404 means the gateway's mapping to a
    // provider model is wrong, which another provider may not share.
    return upstreamError(502, 'upstream_error', 'upstream_model_not_found',
      `The upstream provider does not recognise the configured model${details.message ? `: ${details.message}` : '.'}`,
      true, context);
  }
  if (upstreamStatus === 408 || upstreamStatus === 504) {
    return upstreamError(504, 'upstream_error', 'upstream_timeout',
      'The upstream provider timed out.', true, context);
  }
  return upstreamError(502, 'upstream_error', 'upstream_error',
    `The upstream provider returned an error (HTTP ${upstreamStatus}).`, true, context);
}

function hintFromStatus(status: number): UpstreamErrorHint | undefined {
  if (status === 401 || status === 403) return 'auth';
  if (status === 402) return 'quota';
  if (status === 429) return 'rate_limit';
  if (status === 503 || status === 529) return 'overloaded';
  return undefined;
}
