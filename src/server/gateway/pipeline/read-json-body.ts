import { GatewayError, invalidRequest } from "../errors";
import type { GatewayRequest } from "../http/gateway-request";

/** Largest request body accepted (base64 images make chat bodies big); GATEWAY_MAX_BODY_BYTES overrides it. */
export const MAX_BODY_BYTES = Number(process.env.GATEWAY_MAX_BODY_BYTES) || 20 * 1024 * 1024;

/** Reads and parses a JSON object body, with the error a client can act on for each way it can be wrong. */
export async function readJsonBody(request: GatewayRequest): Promise<Record<string, unknown>> {
  const contentType = request.headers["content-type"];
  if (contentType && !/^application\/(.+\+)?json\b/i.test(contentType.trim())) {
    throw new GatewayError(415, `Content-Type must be application/json, got \`${contentType}\`.`, "invalid_request_error", "unsupported_media_type");
  }
  const raw = await request.readBody(MAX_BODY_BYTES);
  if (raw.length === 0) throw invalidRequest("The request body is empty; send a JSON object.", null, "invalid_json");
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch (error) {
    throw invalidRequest(`The request body is not valid JSON: ${(error as Error).message}.`, null, "invalid_json");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw invalidRequest("The request body must be a JSON object.", null, "invalid_json");
  }
  return parsed as Record<string, unknown>;
}
