import { randomUUID } from "node:crypto";
import { GatewayError, internalError } from "../errors";
import type { GatewayRequest, ResponseSink } from "../http/gateway-request";
import { handleChatCompletions } from "./chat-completions";
import { handleEmbeddings } from "./embeddings";
import { handleGetModel, handleListModels } from "./models";
import { sendError, type ExchangeContext } from "./respond";

type Route = { method: string; handler: (exchange: ExchangeContext, match: RegExpExecArray) => Promise<void> };

const ROUTES: Array<[RegExp, Route[]]> = [
  [/^\/v1\/chat\/completions\/?$/, [{ method: "POST", handler: handleChatCompletions }]],
  [/^\/v1\/embeddings\/?$/, [{ method: "POST", handler: handleEmbeddings }]],
  [/^\/v1\/models\/?$/, [{ method: "GET", handler: handleListModels }]],
  [/^\/v1\/models\/(.+?)\/?$/, [{ method: "GET", handler: handleGetModel }]],
];

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Entry point of the gateway: route, run the endpoint's pipeline, and make sure every failure gets an answer. */
export async function handleGatewayRequest(request: GatewayRequest, sink: ResponseSink): Promise<void> {
  const offered = request.headers["x-request-id"];
  const exchange: ExchangeContext = {
    request,
    sink,
    requestId: offered && REQUEST_ID.test(offered) ? offered : `req_${randomUUID().replaceAll("-", "")}`,
    startedAt: performance.now(),
  };
  try {
    for (const [pattern, routes] of ROUTES) {
      const match = pattern.exec(request.path);
      if (!match) continue;
      const route = routes.find((candidate) => candidate.method === request.method);
      if (!route) {
        throw new GatewayError(405, `${request.method} is not allowed on ${request.path}; use ${routes.map((r) => r.method).join(", ")}.`, "invalid_request_error", "method_not_allowed", null, {
          allow: routes.map((r) => r.method).join(", "),
        });
      }
      await route.handler(exchange, match);
      return;
    }
    throw new GatewayError(404, `Unknown request URL: ${request.method} ${request.path}.`, "not_found_error", "unknown_url");
  } catch (error) {
    if (!(error instanceof GatewayError)) console.error(`[gateway] ${exchange.requestId} failed:`, error);
    sendError(exchange, error instanceof GatewayError ? error : internalError());
  }
}
