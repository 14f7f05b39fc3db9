import type { Prisma } from "@/generated/prisma/client";
import type { KeyRecord } from "../auth/api-key-cache";
import type { GatewayError } from "../errors";
import type { HeaderMap } from "../http/gateway-request";
import { requestLogWriter } from "../logging/request-log-writer";
import type { Metered } from "../metering/usage";
import type { Candidate } from "../routing/candidates";
import type { RoutingDecision } from "../routing/plan-route";
import { elapsedMs, type ExchangeContext } from "./respond";

/** What one gateway request came to, in the terms of its request log row. */
export type Outcome = {
  endpoint: "chat.completions" | "embeddings";
  requestedModel: string;
  modelId: string | null;
  streamed: boolean;
  status: number;
  candidate?: Candidate;
  metered?: Metered;
  finishReason?: string | null;
  ttftMs?: number | null;
  error?: Pick<GatewayError, "code" | "message"> & { detail?: string };
  routing?: RoutingDecision;
  retries?: number;
  cacheStatus?: "hit" | "miss" | "skip";
  /** Kept only when the project retains bodies. */
  requestBody?: unknown;
  responseBody?: string;
};

// Retained bodies are for looking at, not archiving: beyond this they are cut (and say so).
const MAX_RETAINED_CHARS = 256 * 1024;

function retainedRequestBody(body: unknown): Prisma.InputJsonValue {
  const text = JSON.stringify(body);
  return text.length <= MAX_RETAINED_CHARS ? (body as Prisma.InputJsonValue) : { truncated: true, preview: text.slice(0, MAX_RETAINED_CHARS) };
}

const METADATA_PREFIX = "x-switchboard-meta-";
const MAX_METADATA_KEYS = 16;
const MAX_METADATA_VALUE = 256;

/** Free-form `x-switchboard-meta-<name>` headers plus attribution headers, bounded so a client cannot bloat the log. */
export function requestMetadata(headers: HeaderMap): Prisma.InputJsonObject | undefined {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || Object.keys(metadata).length >= MAX_METADATA_KEYS) continue;
    if (name.startsWith(METADATA_PREFIX) && name.length > METADATA_PREFIX.length) metadata[name.slice(METADATA_PREFIX.length)] = value.slice(0, MAX_METADATA_VALUE);
  }
  const source = headers["x-switchboard-source"] ?? headers["x-title"] ?? headers["http-referer"];
  if (source) metadata.source = source.slice(0, MAX_METADATA_VALUE);
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}

/** Hands the row to the buffered writer: the request never waits for the database. */
export function logRequest(exchange: ExchangeContext, key: KeyRecord, outcome: Outcome): void {
  const usage = outcome.metered?.usage;
  const cost = outcome.metered?.cost;
  requestLogWriter().append({
    requestId: exchange.requestId,
    createdAt: new Date(),
    organizationId: key.organizationId,
    projectId: key.projectId,
    apiKeyId: key.apiKeyId,
    endpoint: outcome.endpoint,
    requestedModel: outcome.requestedModel.slice(0, 256),
    modelId: outcome.modelId,
    providerId: outcome.candidate?.providerId ?? null,
    providerModel: outcome.candidate?.providerModel ?? null,
    credentialSource: outcome.candidate?.credentialSource ?? null,
    credentialId: outcome.candidate?.credentialId ?? null,
    streamed: outcome.streamed,
    status: outcome.status,
    errorCode: outcome.error?.code ?? null,
    errorMessage: outcome.error ? `${outcome.error.message}${outcome.error.detail ? ` (${outcome.error.detail})` : ""}`.slice(0, 1000) : null,
    finishReason: outcome.finishReason ?? null,
    promptTokens: usage?.promptTokens ?? 0,
    completionTokens: usage?.completionTokens ?? 0,
    cachedTokens: usage?.cachedTokens ?? 0,
    cacheWriteTokens: usage?.cacheWriteTokens ?? 0,
    reasoningTokens: usage?.reasoningTokens ?? 0,
    tokensEstimated: outcome.metered?.estimated ?? false,
    inputCost: cost?.inputUsd ?? "0",
    cachedInputCost: cost?.cachedInputUsd ?? "0",
    cacheWriteCost: cost?.cacheWriteUsd ?? "0",
    outputCost: cost?.outputUsd ?? "0",
    totalCost: cost?.totalUsd ?? "0",
    latencyMs: elapsedMs(exchange),
    ttftMs: outcome.ttftMs ?? null,
    metadata: requestMetadata(exchange.request.headers),
    routing: outcome.routing as Prisma.InputJsonObject | undefined,
    retries: outcome.retries ?? 0,
    cacheStatus: outcome.cacheStatus ?? null,
    ...(key.retainBodies && outcome.requestBody !== undefined ? { requestBody: retainedRequestBody(outcome.requestBody) } : {}),
    responseBody: key.retainBodies && outcome.responseBody ? outcome.responseBody.slice(0, MAX_RETAINED_CHARS) : null,
  });
}
