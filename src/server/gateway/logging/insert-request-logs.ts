import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { RequestLogEntry } from "./request-log-writer";

// One INSERT of a fixed shape per batch: a column of values per array parameter, expanded by unnest. Prisma's
// createMany compiles a new query for every batch size and builds an object per parameter — measured at 0.6–0.75 ms
// of main-thread CPU per logged request and hundreds of MB of cached plans (bench/README.md) — where this is one
// statement the database plans once.

const json = (value: unknown) => (value === undefined || value === null || value === Prisma.DbNull || value === Prisma.JsonNull ? null : JSON.stringify(value));
const text = (value: unknown) => (value === undefined || value === null ? null : String(value));
const int = (value: unknown) => (value === undefined || value === null ? null : Number(value));
const decimal = (value: unknown) => (value === undefined || value === null ? "0" : String(value));
const millis = (value: Date | string | undefined) => (value instanceof Date ? value : value ? new Date(value) : new Date()).getTime();

export function insertRequestLogsSql(batch: RequestLogEntry[]): Prisma.Sql {
  const column = <T>(pick: (entry: RequestLogEntry) => T) => batch.map(pick);
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
      t.input_cost::numeric, t.cached_input_cost::numeric, t.cache_write_cost::numeric, t.output_cost::numeric,
      t.total_cost::numeric, t.latency_ms, t.ttft_ms, t.metadata::jsonb, t.routing::jsonb, t.retries, t.cache_status,
      t.request_body::jsonb, t.response_body
    FROM unnest(
      ${column(() => randomUUID())}::text[], ${column((e) => e.requestId)}::text[], ${column((e) => millis(e.createdAt))}::float8[],
      ${column((e) => e.organizationId)}::text[], ${column((e) => e.projectId)}::text[], ${column((e) => text(e.apiKeyId))}::text[],
      ${column((e) => e.endpoint)}::text[], ${column((e) => e.requestedModel)}::text[], ${column((e) => text(e.modelId))}::text[],
      ${column((e) => text(e.providerId))}::text[], ${column((e) => text(e.providerModel))}::text[], ${column((e) => text(e.credentialSource))}::text[],
      ${column((e) => text(e.credentialId))}::text[], ${column((e) => e.streamed ?? false)}::boolean[], ${column((e) => e.status)}::int4[],
      ${column((e) => text(e.errorCode))}::text[], ${column((e) => text(e.errorMessage))}::text[], ${column((e) => text(e.finishReason))}::text[],
      ${column((e) => e.promptTokens ?? 0)}::int4[], ${column((e) => e.completionTokens ?? 0)}::int4[], ${column((e) => e.cachedTokens ?? 0)}::int4[],
      ${column((e) => e.cacheWriteTokens ?? 0)}::int4[], ${column((e) => e.reasoningTokens ?? 0)}::int4[], ${column((e) => e.tokensEstimated ?? false)}::boolean[],
      ${column((e) => decimal(e.inputCost))}::text[], ${column((e) => decimal(e.cachedInputCost))}::text[], ${column((e) => decimal(e.cacheWriteCost))}::text[],
      ${column((e) => decimal(e.outputCost))}::text[], ${column((e) => decimal(e.totalCost))}::text[], ${column((e) => e.latencyMs)}::int4[],
      ${column((e) => int(e.ttftMs))}::int4[], ${column((e) => json(e.metadata))}::text[], ${column((e) => json(e.routing))}::text[],
      ${column((e) => e.retries ?? 0)}::int4[], ${column((e) => text(e.cacheStatus))}::text[], ${column((e) => json(e.requestBody))}::text[],
      ${column((e) => text(e.responseBody))}::text[]
    ) AS t(id, request_id, created_ms, organization_id, project_id, api_key_id, endpoint, requested_model, model_id, provider_id,
           provider_model, credential_source, credential_id, streamed, status, error_code, error_message, finish_reason,
           prompt_tokens, completion_tokens, cached_tokens, cache_write_tokens, reasoning_tokens, tokens_estimated, input_cost,
           cached_input_cost, cache_write_cost, output_cost, total_cost, latency_ms, ttft_ms, metadata, routing, retries,
           cache_status, request_body, response_body)`;
}
