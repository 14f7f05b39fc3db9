import type { KeyRecord } from "../auth/api-key-cache";
import { handleGatewayRequest } from "../pipeline/handle-gateway-request";
import type { GatewayRequest, ResponseSink } from "./gateway-request";
import { readLimited } from "./read-body";

const encoder = new TextEncoder();

/**
 * The same pipeline behind a Fetch-API handler (Next.js route handlers under /v1 for `next dev` and serverless
 * hosts). The Response is returned as soon as the pipeline sends its headers; the body streams as it is written.
 */
export function handleFetchGatewayRequest(request: Request, options: { principal?: KeyRecord; path?: string } = {}): Promise<Response> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name] = value));
  const abort = new AbortController();
  request.signal.addEventListener("abort", () => abort.abort(), { once: true });

  return new Promise<Response>((resolve, reject) => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let drained: (() => void) | null = null;
    const body = new ReadableStream<Uint8Array>(
      {
        start: (c) => void (controller = c),
        pull: () => {
          drained?.();
          drained = null;
        },
        cancel: () => {
          abort.abort();
          drained?.();
        },
      },
      { highWaterMark: 16 },
    );
    let started = false;
    const sink: ResponseSink = {
      get started() {
        return started;
      },
      start(status, responseHeaders) {
        started = true;
        resolve(new Response(status === 204 ? null : body, { status, headers: responseHeaders }));
      },
      write(chunk) {
        if (abort.signal.aborted) return Promise.resolve();
        controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
        if ((controller.desiredSize ?? 1) > 0) return Promise.resolve();
        return new Promise((done) => (drained = done));
      },
      end(chunk) {
        if (chunk !== undefined && !abort.signal.aborted) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
        try {
          controller.close();
        } catch {
          // Already closed by a cancelled client.
        }
      },
    };
    const gatewayRequest: GatewayRequest = {
      method: request.method,
      path: options.path ?? url.pathname,
      headers,
      readBody: (limit) =>
        request.body ? readLimited(request.body as unknown as AsyncIterable<Uint8Array>, limit, headers["content-length"]) : Promise.resolve(Buffer.alloc(0)),
      signal: abort.signal,
      principal: options.principal,
    };
    handleGatewayRequest(gatewayRequest, sink).catch(reject);
  });
}
