// Every gateway failure leaves as the OpenAI error envelope with the status product.md lists; the pipeline throws
// GatewayError and the HTTP adapters serialise it (or, once a stream has started, send it as an SSE event).
export type GatewayErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "permission_error"
  | "not_found_error"
  | "rate_limit_error"
  | "insufficient_quota"
  | "upstream_error"
  | "server_error";

export class GatewayError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: GatewayErrorType,
    readonly code: string | null = null,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "GatewayError";
  }

  toBody() {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export const invalidRequest = (message: string, param: string | null = null, code: string | null = null) =>
  new GatewayError(400, message, "invalid_request_error", code, param);

export const invalidApiKey = (message: string) => new GatewayError(401, message, "authentication_error", "invalid_api_key");

export const modelNotFound = (model: string) =>
  new GatewayError(
    404,
    `The model \`${model}\` does not exist or is not served by this gateway. GET /v1/models lists the available models.`,
    "not_found_error",
    "model_not_found",
    "model",
  );

export function internalError(): GatewayError {
  return new GatewayError(500, "The gateway failed to process the request. Please retry; if it persists, contact the operator.", "server_error", "internal_error");
}
