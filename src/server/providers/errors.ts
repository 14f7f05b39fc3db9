import type { NormalizedUpstreamError, OpenAIErrorBody } from './types';

/**
 * Thrown while building an upstream request that the target format cannot
 * express (e.g. token-id embeddings input for Gemini). The gateway answers
 * the client with a 400 and may try a different provider.
 */
export class AdapterRequestError extends Error {
  readonly status = 400;
  readonly type = 'invalid_request_error';

  constructor(
    message: string,
    readonly code: string = 'unsupported_parameter',
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = 'AdapterRequestError';
  }

  toBody(): OpenAIErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

/** The provider reported an error inside a stream that had already started. */
export class UpstreamStreamError extends Error {
  constructor(readonly error: NormalizedUpstreamError) {
    super(error.message);
    this.name = 'UpstreamStreamError';
  }
}

/** The provider sent something that is not the documented shape (bad JSON, missing fields). */
export class UpstreamProtocolError extends Error {
  constructor(
    message: string,
    /** Truncated offending payload, for logs. */
    readonly payload: string,
  ) {
    super(message);
    this.name = 'UpstreamProtocolError';
  }
}

/** The OpenAI error envelope for a mapped upstream error. */
export function toOpenAIErrorBody(error: NormalizedUpstreamError): OpenAIErrorBody {
  return {
    error: { message: error.message, type: error.type, param: error.param, code: error.code },
  };
}
