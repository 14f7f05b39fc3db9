import { randomUUID } from "node:crypto";
import { AdapterRequestError, UpstreamProtocolError, getAdapter, type ChatCompletionRequest, type ChatResponseContext } from "../../providers";
import { authenticate } from "../auth/authenticate";
import { GatewayError } from "../errors";
import { estimateUsage, meter } from "../metering/usage";
import { resolveCandidates, type Candidate } from "../routing/candidates";
import { sendUpstream } from "../upstream/send-upstream";
import { parseChatRequest } from "./chat-request-schema";
import { providerHeaders } from "./provider-headers";
import { readJsonBody } from "./read-json-body";
import { logRequest, type Outcome } from "./request-log";
import { elapsedMs, sendError, sendJson, type ExchangeContext } from "./respond";
import { streamChatCompletion } from "./stream-chat";
import { upstreamHttpError } from "./upstream-error";

/** POST /v1/chat/completions: auth → validate → resolve provider → call → answer (JSON or SSE) → meter → log. */
export async function handleChatCompletions(exchange: ExchangeContext): Promise<void> {
  const key = await authenticate(exchange.request.headers);
  const chatRequest = parseChatRequest(await readJsonBody(exchange.request));
  const streamed = chatRequest.stream === true;
  const base: Pick<Outcome, "endpoint" | "requestedModel" | "modelId" | "streamed"> = { endpoint: "chat.completions", requestedModel: chatRequest.model, modelId: null, streamed };
  let candidate: Candidate | undefined;
  try {
    const resolution = await resolveCandidates({ requestedModel: chatRequest.model, kind: "chat", projectId: key.projectId, mode: key.mode });
    base.modelId = resolution.modelId;
    candidate = resolution.candidates[0]!;
    const outcome = await callCandidate(exchange, chatRequest, candidate);
    logRequest(exchange, key, { ...base, ...outcome, candidate });
  } catch (error) {
    const gatewayError = asGatewayError(error, exchange);
    logRequest(exchange, key, {
      ...base,
      candidate,
      status: gatewayError.status,
      error: { code: gatewayError.code, message: gatewayError.message, detail: (gatewayError as { upstreamDetail?: string }).upstreamDetail },
    });
    if (!exchange.request.signal.aborted) sendError(exchange, gatewayError, candidate ? providerHeaders(candidate, 0) : {});
    else exchange.sink.end();
  }
}

type CallOutcome = Pick<Outcome, "status" | "metered" | "finishReason" | "ttftMs" | "error">;

async function callCandidate(exchange: ExchangeContext, chatRequest: ChatCompletionRequest, candidate: Candidate): Promise<CallOutcome> {
  const adapter = getAdapter(candidate.wireFormat);
  const stream = chatRequest.stream === true;
  const upstreamRequest = adapter.buildChatRequest(chatRequest, { baseUrl: candidate.baseUrl, apiKey: candidate.apiKey, providerModel: candidate.providerModel, stream });
  const response = await sendUpstream(upstreamRequest, { signal: exchange.request.signal, providerName: candidate.providerName });
  if (response.statusCode < 200 || response.statusCode >= 300) throw await upstreamHttpError(adapter, response);

  const responseContext: ChatResponseContext = {
    requestedModel: chatRequest.model,
    request: chatRequest,
    created: Math.floor(Date.now() / 1000),
    fallbackId: `chatcmpl-${randomUUID().replaceAll("-", "")}`,
  };
  if (stream) return streamChatCompletion(exchange, { adapter, candidate, chatRequest, responseContext, body: response.body });

  const json: unknown = await response.body.json().catch(() => {
    throw new UpstreamProtocolError(`${candidate.providerName} returned a response that is not valid JSON`, "");
  });
  const { completion, usage } = adapter.parseChatResponse(json, responseContext);
  const completionText = completion.choices.map((choice) => choice.message.content ?? "").join("");
  const metered = meter(candidate.offering, usage ?? estimateUsage(chatRequest, completionText), usage === null);
  sendJson(exchange, 200, completion, providerHeaders(candidate, 0));
  return { status: 200, metered, finishReason: completion.choices[0]?.finish_reason ?? null, ttftMs: elapsedMs(exchange) };
}

/** Whatever went wrong, as the error the client is told (the client's own disconnect is 499). */
export function asGatewayError(error: unknown, exchange: ExchangeContext): GatewayError {
  if (exchange.request.signal.aborted) return new GatewayError(499, "The client closed the request.", "invalid_request_error", "client_closed_request");
  if (error instanceof GatewayError) return error;
  if (error instanceof AdapterRequestError) return new GatewayError(400, error.message, "invalid_request_error", error.code, error.param);
  if (error instanceof UpstreamProtocolError) return new GatewayError(502, error.message, "upstream_error", "upstream_protocol_error");
  console.error(`[gateway] ${exchange.requestId} failed:`, error);
  return new GatewayError(500, "The gateway failed to process the request. Please retry.", "server_error", "internal_error");
}
