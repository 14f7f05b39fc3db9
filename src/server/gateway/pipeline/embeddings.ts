import { z } from "zod";
import { getAdapter, UpstreamProtocolError, type EmbeddingsRequest } from "../../providers";
import { authenticate } from "../auth/authenticate";
import { invalidRequest } from "../errors";
import { computeCost } from "../../catalog";
import { RequestBilling } from "../billing/request-billing";
import { meter } from "../metering/usage";
import { resolveCandidates, type Candidate } from "../routing/candidates";
import { sendUpstream } from "../upstream/send-upstream";
import { asGatewayError } from "./chat-completions";
import { parseWithSchema } from "./chat-request-schema";
import { providerHeaders } from "./provider-headers";
import { readJsonBody } from "./read-json-body";
import { logRequest, type Outcome } from "./request-log";
import { elapsedMs, sendError, sendJson, type ExchangeContext } from "./respond";
import { upstreamHttpError } from "./upstream-error";

const embeddingsSchema = z.object({
  model: z.string().min(1).max(256),
  input: z.union([
    z.string(),
    z.array(z.string()).min(1, "must not be empty").max(2048),
    z.array(z.number().int().min(0)).min(1, "must not be empty"),
    z.array(z.array(z.number().int().min(0)).min(1)).min(1, "must not be empty").max(2048),
  ]),
  encoding_format: z.enum(["float", "base64"]).optional(),
  dimensions: z.number().int().min(1).max(65_536).optional(),
  user: z.string().max(256).optional(),
});

/** POST /v1/embeddings. */
export async function handleEmbeddings(exchange: ExchangeContext): Promise<void> {
  const key = exchange.request.principal ?? (await authenticate(exchange.request.headers));
  const request = parseWithSchema(embeddingsSchema, await readJsonBody(exchange.request)) as EmbeddingsRequest;
  const base: Pick<Outcome, "endpoint" | "requestedModel" | "modelId" | "streamed"> = { endpoint: "embeddings", requestedModel: request.model, modelId: null, streamed: false };
  let candidate: Candidate | undefined;
  // Embeddings have no output tokens; two characters per token bounds the input (token-id input is counted exactly).
  const inputs = Array.isArray(request.input) ? request.input : [request.input];
  const promptUpperBound = inputs.reduce<number>((sum, item) => sum + (typeof item === "string" ? Math.ceil(item.length / 2) + 8 : Array.isArray(item) ? item.length : 1), 0);
  const billing = new RequestBilling(key, exchange.requestId, (c) => (c.offering ? computeCost(c.offering, { promptTokens: promptUpperBound, completionTokens: 0 }).totalUsd : "0"));
  try {
    const resolution = await resolveCandidates({ requestedModel: request.model, kind: "embedding", projectId: key.projectId, mode: key.mode });
    base.modelId = resolution.modelId;
    candidate = resolution.candidates.find((c) => getAdapter(c.wireFormat).embeddings !== null);
    if (!candidate) throw invalidRequest(`No provider of \`${request.model}\` offers embeddings through this gateway.`, "model", "model_not_supported");
    const adapter = getAdapter(candidate.wireFormat);
    const embeddings = adapter.embeddings!;
    await billing.cover(candidate);
    const upstream = embeddings.buildEmbeddingsRequest(request, { baseUrl: candidate.baseUrl, apiKey: candidate.apiKey, providerModel: candidate.providerModel });
    const response = await sendUpstream(upstream, { signal: exchange.request.signal, providerName: candidate.providerName });
    if (response.statusCode < 200 || response.statusCode >= 300) throw await upstreamHttpError(adapter, response);
    const json: unknown = await response.body.json().catch(() => {
      throw new UpstreamProtocolError(`${candidate!.providerName} returned a response that is not valid JSON`, "");
    });
    const result = embeddings.parseEmbeddingsResponse(json, { requestedModel: request.model, request });
    sendJson(exchange, 200, result.response, providerHeaders(candidate, 0));
    const metered = meter(candidate.offering, result.usage, result.usageEstimated);
    void billing.settle(candidate, metered.cost.totalUsd);
    logRequest(exchange, key, { ...base, candidate, status: 200, metered, ttftMs: elapsedMs(exchange) });
  } catch (error) {
    const gatewayError = asGatewayError(error, exchange);
    void billing.settle(candidate ?? null, "0");
    logRequest(exchange, key, { ...base, candidate, status: gatewayError.status, error: { code: gatewayError.code, message: gatewayError.message, detail: (gatewayError as { upstreamDetail?: string }).upstreamDetail } });
    if (!exchange.request.signal.aborted) sendError(exchange, gatewayError);
    else exchange.sink.end();
  }
}
