import type { CachedResponse } from "../cache/response-cache";
import { SSE_HEADERS } from "./stream-chat";
import { sendJson, type ExchangeContext } from "./respond";

/** Answers from the response cache: the stored JSON, or the stored stream replayed as one SSE body. */
export function replayCached(exchange: ExchangeContext, cached: CachedResponse, headers: Record<string, string>): void {
  const common = { ...headers, "x-switchboard-cache": "HIT", "x-switchboard-provider": cached.provider, "x-switchboard-provider-model": cached.providerModel, "x-switchboard-retries": "0" };
  if (cached.kind === "json") return sendJson(exchange, 200, cached.body, common);
  exchange.sink.start(200, { ...SSE_HEADERS, "x-request-id": exchange.requestId, ...common });
  exchange.sink.end(`${cached.events}data: [DONE]\n\n`);
}
