import { AdapterRequestError, UpstreamProtocolError, type ChatCompletionRequest } from "../../providers";
import { findModel } from "../../catalog";
import { authenticate } from "../auth/authenticate";
import type { KeyRecord } from "../auth/api-key-cache";
import { RequestBilling } from "../billing/request-billing";
import { cacheKey, readCache, writeCache } from "../cache/response-cache";
import { promptTokensUpperBound, type Metered } from "../metering/usage";
import { GatewayError } from "../errors";
import { enforceRateLimits, recordTokens, type RateLimitState } from "../limits/rate-limit";
import { planRoute, type PlannedAttempt, type RoutingDecision } from "../routing/plan-route";
import { requestRoutingSchema } from "../routing/request-routing";
import { explorationRate, liveMetrics, routingRandom } from "../state";
import { keyValueStore } from "../../kv";
import { callChatAttempt, type AttemptResult } from "./chat-attempt";
import { parseChatRequest, parseWithSchema } from "./chat-request-schema";
import { readJsonBody } from "./read-json-body";
import { logRequest, requestMetadata, type Outcome } from "./request-log";
import { elapsedMs, sendError, type ExchangeContext } from "./respond";
import { replayCached } from "./replay-cached";

/**
 * POST /v1/chat/completions: auth → limits → validate → cache → route → call (with failover) → answer (JSON or
 * SSE) → meter → log.
 */
export async function handleChatCompletions(exchange: ExchangeContext): Promise<void> {
  const key = exchange.request.principal ?? (await authenticate(exchange.request.headers));
  const body = await readJsonBody(exchange.request);
  const routing = parseWithSchema(requestRoutingSchema, { models: body.models, provider: body.provider });
  const chatRequest = parseChatRequest(body);
  assertModelAllowed(key, [chatRequest.model, ...(routing.models ?? [])]);
  const limits = await enforceRateLimits(key, keyValueStore());

  const base: Pick<Outcome, "endpoint" | "requestedModel" | "modelId" | "streamed"> = { endpoint: "chat.completions", requestedModel: chatRequest.model, modelId: findModel(chatRequest.model)?.model.id ?? null, streamed: chatRequest.stream === true };
  const cache = key.cacheEnabled ? cacheDirective(exchange, key, chatRequest) : null;
  if (cache?.status === "miss") {
    const hit = await readCache(keyValueStore(), cache.key);
    if (hit) {
      replayCached(exchange, hit, limits.headers);
      logRequest(exchange, key, { ...base, status: 200, cacheStatus: "hit", ttftMs: elapsedMs(exchange) });
      return;
    }
  }

  const decision: { current?: RoutingDecision } = {};
  let attempted: PlannedAttempt | undefined;
  const billing = RequestBilling.forChat(key, exchange.requestId, chatRequest, promptTokensUpperBound(chatRequest));
  try {
    const plan = await planRoute({
      requestedModel: chatRequest.model,
      key,
      routing,
      metadata: metadataOf(exchange),
      noFallback: exchange.request.headers["x-no-fallback"]?.toLowerCase() === "true",
      metrics: liveMetrics(),
      random: routingRandom,
      explorationRate: explorationRate(),
    });
    decision.current = plan.decision;
    const extraHeaders = { ...limits.headers, ...(cache ? { "x-switchboard-cache": cache.status.toUpperCase() } : {}) };
    const failures: GatewayError[] = [];
    for (const [index, attempt] of plan.attempts.entries()) {
      attempted = attempt;
      const started = performance.now();
      try {
        await billing.cover(attempt.candidate);
        const result = await callChatAttempt(exchange, { ...chatRequest }, attempt.candidate, { retries: index, extraHeaders, timeoutMs: plan.timeoutMs, collectForCache: cache?.status === "miss" || key.retainBodies });
        plan.decision.attempts.push(attemptRecord(attempt, 200, started));
        void billing.settle(attempt.candidate, result.metered.cost.totalUsd);
        finishSuccess(exchange, key, { base: { ...base, modelId: attempt.modelId }, attempt, result, decision: plan.decision, retries: index, limits, cache, started, requestBody: chatRequest });
        return;
      } catch (error) {
        const failure = Object.assign(asGatewayError(error, exchange), { partial: (error as { partial?: Metered }).partial });
        plan.decision.attempts.push(attemptRecord(attempt, failure.status, started, failure.code ?? failure.message));
        if (isProviderFault(failure) && attempt.modelId) liveMetrics().record({ modelId: attempt.modelId, providerId: attempt.candidate.providerId, ok: false });
        failures.push(failure);
        const retryable = isRetryable(failure, plan.retryOn) && !exchange.sink.started && !exchange.request.signal.aborted;
        if (!retryable || index === plan.attempts.length - 1) {
          const onlyUnpaid = failures.every((f) => f.code === "insufficient_credits");
          throw failures.length > 1 && retryable && !onlyUnpaid ? allFailed(failures, plan.decision) : failure;
        }
      }
    }
  } catch (error) {
    const failure = asGatewayError(error, exchange);
    // A client that left mid-stream still pays for what the provider generated up to then.
    const partial = (error as { partial?: Metered }).partial;
    void billing.settle(attempted?.candidate ?? null, partial?.cost.totalUsd ?? "0");
    logRequest(exchange, key, {
      ...base,
      candidate: attempted?.candidate,
      metered: partial,
      status: failure.status,
      routing: decision.current,
      retries: Math.max(0, (decision.current?.attempts.length ?? 1) - 1),
      cacheStatus: cache?.status,
      requestBody: chatRequest,
      error: { code: failure.code, message: failure.message, detail: (failure as { upstreamDetail?: string }).upstreamDetail },
    });
    if (exchange.request.signal.aborted) exchange.sink.end();
    else sendError(exchange, failure, { ...limits.headers, ...(attempted ? { "x-switchboard-provider": attempted.candidate.providerId } : {}), "x-switchboard-retries": String(Math.max(0, (decision.current?.attempts.length ?? 1) - 1)) });
  }
}

type SuccessInput = {
  base: Pick<Outcome, "endpoint" | "requestedModel" | "modelId" | "streamed">;
  attempt: PlannedAttempt;
  result: AttemptResult;
  decision: RoutingDecision;
  retries: number;
  limits: RateLimitState;
  cache: CacheDirective | null;
  started: number;
  requestBody: ChatCompletionRequest;
};

function finishSuccess(exchange: ExchangeContext, key: KeyRecord, input: SuccessInput): void {
  const { attempt, result } = input;
  const usage = result.metered.usage;
  const durationMs = performance.now() - input.started;
  if (attempt.modelId) {
    // Time to first token within this attempt (a failed earlier attempt must not count against this provider).
    const attemptOffset = input.started - exchange.startedAt;
    const ttftMs = input.base.streamed && result.ttftMs !== null ? Math.max(0, result.ttftMs - attemptOffset) : durationMs;
    const generationMs = input.base.streamed ? Math.max(1, durationMs - ttftMs) : durationMs;
    liveMetrics().record({ modelId: attempt.modelId, providerId: attempt.candidate.providerId, ok: true, ttftMs, outputTokens: usage.completionTokens, generationMs });
  }
  recordTokens(key, input.limits, usage.promptTokens + usage.completionTokens, keyValueStore());
  if (input.cache?.status === "miss") {
    writeCache(keyValueStore(), input.cache.key, { ...result.replay, provider: attempt.candidate.providerId, providerModel: attempt.candidate.providerModel }, key.cacheTtlSeconds);
  }
  logRequest(exchange, key, {
    ...input.base,
    candidate: attempt.candidate,
    status: result.status,
    metered: result.metered,
    finishReason: result.finishReason,
    ttftMs: result.ttftMs,
    routing: input.decision,
    retries: input.retries,
    cacheStatus: input.cache?.status,
    requestBody: input.requestBody,
    responseBody: result.replay.kind === "json" ? result.replay.body : result.replay.events,
  });
}

type CacheDirective = { status: "miss" | "skip"; key: string };

function cacheDirective(exchange: ExchangeContext, key: KeyRecord, request: ChatCompletionRequest): CacheDirective {
  const skip = exchange.request.headers["x-no-cache"]?.toLowerCase() === "true";
  const lookup = findModel(request.model);
  const resolved = lookup ? `${lookup.model.id}${lookup.pinnedProvider ? `@${lookup.pinnedProvider.providerId}` : ""}` : request.model;
  return { status: skip ? "skip" : "miss", key: cacheKey(key.projectId, resolved, request) };
}

function assertModelAllowed(key: KeyRecord, models: string[]): void {
  if (key.allowedModels.length === 0) return;
  const allowed = new Set(key.allowedModels.map((model) => model.toLowerCase()));
  for (const model of models) {
    const lookup = findModel(model);
    const names = [model, lookup?.model.id, lookup?.pinnedProvider ? `${lookup.pinnedProvider.providerId}/${lookup.model.id}` : undefined];
    if (!names.some((name) => name && allowed.has(name.toLowerCase()))) {
      throw new GatewayError(403, `This API key may not use \`${model}\`. Allowed models: ${key.allowedModels.join(", ")}.`, "permission_error", "model_not_allowed", "model");
    }
  }
}

function metadataOf(exchange: ExchangeContext): Record<string, string> {
  const metadata = requestMetadata(exchange.request.headers) ?? {};
  return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [name, String(value)]));
}

const attemptRecord = (attempt: PlannedAttempt, status: number, started: number, error?: string) => ({
  provider: attempt.candidate.providerId,
  model: attempt.model,
  credentialSource: attempt.candidate.credentialSource,
  status,
  durationMs: Math.round(performance.now() - started),
  ...(error ? { error } : {}),
});

/** The provider's fault (counts against its uptime): not the client's mistake, not the client leaving. */
function isProviderFault(error: GatewayError): boolean {
  return error.status >= 429 && error.status !== 499;
}

/** 5xx, 429, timeouts and connection errors move on to the next provider; the client's own 4xx mistakes never do. */
function isRetryable(error: GatewayError & { retryable?: boolean }, onStatusCodes: number[] | null): boolean {
  if (error.status === 499) return false;
  // No credits for a platform key: another candidate (the project's own key) may still serve the request.
  if (error.code === "insufficient_credits") return true;
  if (onStatusCodes) return onStatusCodes.includes(error.status);
  if (error.retryable !== undefined) return error.retryable;
  return error.status === 429 || error.status >= 500 || error.code === "unsupported_parameter";
}

function allFailed(failures: GatewayError[], decision: RoutingDecision): GatewayError {
  const summary = decision.attempts.map((a) => `${a.provider}: ${a.status}${a.error ? ` ${a.error}` : ""}`).join("; ");
  return new GatewayError(502, `All ${failures.length} providers tried failed (${summary}).`, "upstream_error", "all_providers_failed");
}

/** Whatever went wrong, as the error the client is told (the client's own disconnect is 499). */
export function asGatewayError(error: unknown, exchange: ExchangeContext): GatewayError {
  if (exchange.request.signal.aborted) return new GatewayError(499, "The client closed the request.", "invalid_request_error", "client_closed_request");
  if (error instanceof GatewayError) return error;
  if (error instanceof AdapterRequestError) return new GatewayError(400, error.message, "invalid_request_error", error.code, error.param);
  if (error instanceof UpstreamProtocolError) return Object.assign(new GatewayError(502, error.message, "upstream_error", "upstream_protocol_error"), { retryable: true });
  console.error(`[gateway] ${exchange.requestId} failed:`, error);
  return new GatewayError(500, "The gateway failed to process the request. Please retry.", "server_error", "internal_error");
}
