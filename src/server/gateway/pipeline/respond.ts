import { GatewayError } from "../errors";
import type { GatewayRequest, ResponseSink } from "../http/gateway-request";

export interface ExchangeContext {
  request: GatewayRequest;
  sink: ResponseSink;
  requestId: string;
  /** performance.now() when the request arrived. */
  startedAt: number;
}

/** Sends a JSON answer; a string body is taken as already serialised. */
export function sendJson(exchange: ExchangeContext, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  exchange.sink.start(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
    "x-request-id": exchange.requestId,
    ...headers,
  });
  exchange.sink.end(text);
}

/** The OpenAI envelope as JSON, or, once a stream has started, as its final SSE event. */
export function sendError(exchange: ExchangeContext, error: GatewayError, headers: Record<string, string> = {}): void {
  if (exchange.sink.started) {
    exchange.sink.end(`data: ${JSON.stringify(error.toBody())}\n\n`);
    return;
  }
  sendJson(exchange, error.status, error.toBody(), { ...error.headers, ...headers });
}

export function elapsedMs(exchange: ExchangeContext): number {
  return Math.round(performance.now() - exchange.startedAt);
}
