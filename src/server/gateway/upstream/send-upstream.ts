import { Agent, errors as undiciErrors, request } from "undici";
import type { UpstreamRequest } from "../../providers";
import { GatewayError } from "../errors";

// One keep-alive connection pool per upstream origin for the whole process: no per-request clients or TLS
// handshakes on the hot path. Next's patched global fetch is avoided on purpose (performance-notes.md).
const dispatcher = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000, connections: 256 });

/** Time allowed for an upstream to send its response headers (first token, for streams). */
export const UPSTREAM_TIMEOUT_MS = Number(process.env.GATEWAY_UPSTREAM_TIMEOUT_MS) || 120_000;

export type UpstreamResponse = Awaited<ReturnType<typeof request>>;

/** A failure to get any HTTP answer from the provider: worth retrying elsewhere. */
export class UpstreamUnreachable extends GatewayError {
  constructor(
    readonly kind: "timeout" | "connection",
    providerName: string,
    detail: string,
  ) {
    super(
      kind === "timeout" ? 504 : 502,
      kind === "timeout" ? `${providerName} did not answer in time.` : `Could not reach ${providerName}: ${detail}.`,
      "upstream_error",
      kind === "timeout" ? "upstream_timeout" : "upstream_unreachable",
    );
  }
}

export async function sendUpstream(upstream: UpstreamRequest, options: { signal: AbortSignal; providerName: string; timeoutMs?: number }): Promise<UpstreamResponse> {
  try {
    return await request(upstream.url, {
      method: upstream.method,
      headers: upstream.body === null ? upstream.headers : { "content-type": "application/json", ...upstream.headers },
      body: upstream.body,
      signal: options.signal,
      dispatcher,
      headersTimeout: options.timeoutMs ?? UPSTREAM_TIMEOUT_MS,
      // Between two body chunks; long generations stream for minutes, so only a stall counts.
      bodyTimeout: options.timeoutMs ?? UPSTREAM_TIMEOUT_MS,
    });
  } catch (error) {
    if (options.signal.aborted) throw error;
    if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) {
      throw new UpstreamUnreachable("timeout", options.providerName, "timeout");
    }
    throw new UpstreamUnreachable("connection", options.providerName, (error as { code?: string }).code ?? (error as Error).message);
  }
}
