import type { ProviderAdapter } from "../../providers";
import { GatewayError } from "../errors";
import type { UpstreamResponse } from "../upstream/send-upstream";

/** Reads a non-2xx upstream answer and maps it to what the client is told (see providers/shared/upstream-error.ts). */
export async function upstreamHttpError(adapter: ProviderAdapter, response: UpstreamResponse): Promise<GatewayError & { upstreamDetail: string; retryable: boolean }> {
  const text = await response.body.text().catch(() => "");
  const mapped = adapter.parseUpstreamError(response.statusCode, text);
  const error = new GatewayError(mapped.status, mapped.message, mapped.type, mapped.code, mapped.param) as GatewayError & { upstreamDetail: string; retryable: boolean };
  error.upstreamDetail = `upstream ${mapped.upstreamStatus}: ${mapped.upstreamMessage}`.slice(0, 500);
  error.retryable = mapped.retryable;
  return error;
}
