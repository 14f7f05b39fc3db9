import type { IncomingMessage, ServerResponse } from "node:http";
import { handleGatewayRequest } from "../pipeline/handle-gateway-request";
import type { GatewayRequest, ResponseSink } from "./gateway-request";
import { readLimited } from "./read-body";

/** The production server's fast path: node:http straight into the pipeline, no framework in between. */
export async function handleNodeGatewayRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const abort = new AbortController();
  response.on("close", () => {
    if (!response.writableFinished) abort.abort();
  });
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const gatewayRequest: GatewayRequest = {
    method: request.method ?? "GET",
    path: queryAt === -1 ? url : url.slice(0, queryAt),
    headers: request.headers as Record<string, string | undefined>,
    readBody: (limit) => readLimited(request, limit, request.headers["content-length"]),
    signal: abort.signal,
  };
  await handleGatewayRequest(gatewayRequest, nodeSink(response));
}

function nodeSink(response: ServerResponse): ResponseSink {
  return {
    get started() {
      return response.headersSent;
    },
    start(status, headers) {
      response.writeHead(status, headers);
      // SSE chunks must leave at once rather than wait for Nagle's algorithm.
      response.socket?.setNoDelay(true);
    },
    write(chunk) {
      if (response.destroyed || response.write(chunk)) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          response.off("drain", done);
          response.off("close", done);
          resolve();
        };
        response.once("drain", done);
        response.once("close", done);
      });
    },
    end(chunk) {
      if (!response.destroyed) response.end(chunk);
    },
  };
}
