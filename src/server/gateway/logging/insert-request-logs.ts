import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { RequestLogEntry } from "./request-log-writer";

// One INSERT of a fixed shape per batch, its rows in a single JSON parameter expanded by jsonb_to_recordset.
// Prisma's createMany compiles a new query for every batch size and builds an object per parameter — measured at
// 0.6–0.75 ms of main-thread CPU per logged request and hundreds of MB of cached plans (bench/README.md) — and one
// array parameter per column still cost pg an escaping pass over every value; JSON.stringify does it natively.

const jsonValue = (value: unknown) => (value === undefined || value === Prisma.DbNull || value === Prisma.JsonNull ? null : value);
const text = (value: unknown) => (value === undefined || value === null ? null : String(value));
const decimal = (value: unknown) => (value === undefined || value === null ? "0" : String(value));
const millis = (value: Date | string | undefined) => (value instanceof Date ? value : value ? new Date(value) : new Date()).getTime();

function row(entry: RequestLogEntry) {
  return {
    id: randomUUID(),
    request_id: entry.requestId,
    created_ms: millis(entry.createdAt),
    organization_id: entry.organizationId,
    project_id: entry.projectId,
    api_key_id: text(entry.apiKeyId),
    endpoint: entry.endpoint,
    requested_model: entry.requestedModel,
    model_id: text(entry.modelId),
    provider_id: text(entry.providerId),
    provider_model: text(entry.providerModel),
    credential_source: text(entry.credentialSource),
    credential_id: text(entry.credentialId),
    streamed: entry.streamed ?? false,
    status: entry.status,
    error_code: text(entry.errorCode),
    error_message: text(entry.errorMessage),
    finish_reason: text(entry.finishReason),
    prompt_tokens: entry.promptTokens ?? 0,
    completion_tokens: entry.completionTokens ?? 0,
    cached_tokens: entry.cachedTokens ?? 0,
    cache_write_tokens: entry.cacheWriteTokens ?? 0,
    reasoning_tokens: entry.reasoningTokens ?? 0,
    tokens_estimated: entry.tokensEstimated ?? false,
    input_cost: decimal(entry.inputCost),
    cached_input_cost: decimal(entry.cachedInputCost),
    cache_write_cost: decimal(entry.cacheWriteCost),
    output_cost: decimal(entry.outputCost),
    total_cost: decimal(entry.totalCost),
    latency_ms: entry.latencyMs,
    ttft_ms: entry.ttftMs ?? null,
    metadata: jsonValue(entry.metadata),
    routing: jsonValue(entry.routing),
    retries: entry.retries ?? 0,
    cache_status: text(entry.cacheStatus),
    request_body: jsonValue(entry.requestBody),
    response_body: text(entry.responseBody),
  };
}

// PostgreSQL text and jsonb cannot hold U+0000; one such character from a client must not fail the whole batch.
const withoutNul = (_key: string, value: unknown) => (typeof value === "string" && value.includes("\u0000") ? value.replaceAll("\u0000", "\uFFFD") : value);

/**
 * One row as the JSON the INSERT reads, made when the request is logged: the writer then holds one string per
 * row until its batch goes out, rather than the entry's object graph (routing decision, metadata) for the garbage
 * collector to promote. U+0000 in any string (a client's text) is replaced with U+FFFD.
 */
export function requestLogRowJson(entry: RequestLogEntry): string {
  const fields = row(entry);
  const json = JSON.stringify(fields);
  return json.includes("\\u0000") ? JSON.stringify(fields, withoutNul) : json;
}

/** The INSERT of a batch of rows made by requestLogRowJson. */
export function insertRequestLogsSql(rows: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "RequestLog" (
      "id", "requestId", "createdAt", "organizationId", "projectId", "apiKeyId", "endpoint", "requestedModel", "modelId",
      "providerId", "providerModel", "credentialSource", "credentialId", "streamed", "status", "errorCode", "errorMessage",
      "finishReason", "promptTokens", "completionTokens", "cachedTokens", "cacheWriteTokens", "reasoningTokens",
      "tokensEstimated", "inputCost", "cachedInputCost", "cacheWriteCost", "outputCost", "totalCost", "latencyMs", "ttftMs",
      "metadata", "routing", "retries", "cacheStatus", "requestBody", "responseBody")
    SELECT
      t.id, t.request_id, to_timestamp(t.created_ms / 1000.0) AT TIME ZONE 'UTC', t.organization_id, t.project_id, t.api_key_id,
      t.endpoint, t.requested_model, t.model_id, t.provider_id, t.provider_model, t.credential_source::"CredentialSource",
      t.credential_id, t.streamed, t.status, t.error_code, t.error_message, t.finish_reason, t.prompt_tokens,
      t.completion_tokens, t.cached_tokens, t.cache_write_tokens, t.reasoning_tokens, t.tokens_estimated,
      t.input_cost, t.cached_input_cost, t.cache_write_cost, t.output_cost, t.total_cost, t.latency_ms, t.ttft_ms,
      t.metadata, t.routing, t.retries, t.cache_status, t.request_body, t.response_body
    FROM jsonb_to_recordset(${`[${rows.join(",")}]`}::jsonb) AS t(
      id text, request_id text, created_ms float8, organization_id text, project_id text, api_key_id text, endpoint text,
      requested_model text, model_id text, provider_id text, provider_model text, credential_source text, credential_id text,
      streamed boolean, status int4, error_code text, error_message text, finish_reason text, prompt_tokens int4,
      completion_tokens int4, cached_tokens int4, cache_write_tokens int4, reasoning_tokens int4, tokens_estimated boolean,
      input_cost numeric, cached_input_cost numeric, cache_write_cost numeric, output_cost numeric, total_cost numeric,
      latency_ms int4, ttft_ms int4, metadata jsonb, routing jsonb, retries int4, cache_status text, request_body jsonb,
      response_body text)`;
}
