import { randomUUID } from "node:crypto";
import { UpstreamProtocolError, getAdapter, type ChatCompletionRequest, type ChatResponseContext } from "../../providers";
import { estimateUsage, meter, type Metered } from "../metering/usage";
import type { Candidate } from "../routing/candidates";
import { sendUpstream } from "../upstream/send-upstream";
import { providerHeaders } from "./provider-headers";
import { elapsedMs, sendJson, type ExchangeContext } from "./respond";
import { streamChatCompletion } from "./stream-chat";
import { upstreamHttpError } from "./upstream-error";

export type AttemptResult = {
  status: number;
  metered: Metered;
  finishReason: string | null;
  ttftMs: number | null;
  /** The response as sent, for the response cache. */
  replay: { kind: "json"; body: string } | { kind: "sse"; events: string };
};

export type AttemptOptions = {
  retries: number;
  extraHeaders: Record<string, string>;
  timeoutMs?: number;
  /** Keep the streamed text (for the response cache and body retention). */
  collectForCache: boolean;
};

/** One call to one provider. Throws before anything reached the client when the attempt may be retried elsewhere. */
export async function callChatAttempt(exchange: ExchangeContext, chatRequest: ChatCompletionRequest, candidate: Candidate, options: AttemptOptions): Promise<AttemptResult> {
  const adapter = getAdapter(candidate.wireFormat);
  const stream = chatRequest.stream === true;
  const upstreamRequest = adapter.buildChatRequest(chatRequest, { baseUrl: candidate.baseUrl, apiKey: candidate.apiKey, providerModel: candidate.providerModel, stream });
  const response = await sendUpstream(upstreamRequest, { signal: exchange.request.signal, providerName: candidate.providerName, timeoutMs: options.timeoutMs });
  if (response.statusCode < 200 || response.statusCode >= 300) throw await upstreamHttpError(adapter, response);

  const responseContext: ChatResponseContext = {
    requestedModel: chatRequest.model,
    request: chatRequest,
    created: Math.floor(Date.now() / 1000),
    fallbackId: `chatcmpl-${randomUUID().replaceAll("-", "")}`,
  };
  const headers = { ...providerHeaders(candidate, options.retries), ...options.extraHeaders };
  if (stream) return streamChatCompletion(exchange, { adapter, candidate, chatRequest, responseContext, body: response.body, headers, collect: options.collectForCache });

  const json: unknown = await response.body.json().catch(() => {
    throw new UpstreamProtocolError(`${candidate.providerName} returned a response that is not valid JSON`, "");
  });
  const { completion, usage } = adapter.parseChatResponse(json, responseContext);
  const completionText = completion.choices.map((choice) => choice.message.content ?? "").join("");
  const metered = meter(candidate.offering, usage ?? estimateUsage(chatRequest, completionText), usage === null);
  const body = JSON.stringify(completion);
  sendJson(exchange, 200, body, headers);
  return { status: 200, metered, finishReason: completion.choices[0]?.finish_reason ?? null, ttftMs: elapsedMs(exchange), replay: { kind: "json", body } };
}
