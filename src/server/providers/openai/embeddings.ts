import type { EmbeddingsAdapter, EmbeddingsResponseContext, EmbeddingsResult, UpstreamContext, UpstreamRequest } from '../adapter';
import type { EmbeddingObject, EmbeddingsRequest, EmbeddingsResponse } from '../types';
import { estimateEmbeddingInputTokens } from '../shared/embeddings';
import { joinUrl, jsonHeaders } from '../shared/http';
import { expectUpstreamObject, isRecord } from '../shared/json';
import { count, zeroUsage } from '../shared/usage';

export function buildOpenAIEmbeddingsRequest(req: EmbeddingsRequest, ctx: UpstreamContext): UpstreamRequest {
  const body: Record<string, unknown> = { ...req, model: ctx.providerModel };
  for (const param of ctx.options?.dropParams ?? []) delete body[param];
  return {
    url: joinUrl(ctx.baseUrl, 'embeddings'),
    method: 'POST',
    headers: { ...jsonHeaders(false), authorization: `Bearer ${ctx.apiKey}`, ...ctx.extraHeaders },
    body: JSON.stringify(body),
  };
}

export function parseOpenAIEmbeddingsResponse(json: unknown, ctx: EmbeddingsResponseContext): EmbeddingsResult {
  const body = expectUpstreamObject(json, 'embeddings response');
  const data = (Array.isArray(body.data) ? (body.data as unknown[]) : [])
    .filter(isRecord)
    .map((item, position): EmbeddingObject => ({
      object: 'embedding',
      index: typeof item.index === 'number' ? item.index : position,
      embedding: item.embedding as EmbeddingObject['embedding'],
    }));

  const reported = isRecord(body.usage) ? count(body.usage.prompt_tokens) : 0;
  const usageEstimated = reported === 0;
  const promptTokens = usageEstimated ? estimateEmbeddingInputTokens(ctx.request.input) : reported;

  const response: EmbeddingsResponse = {
    object: 'list',
    data,
    model: ctx.requestedModel,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  };
  return { response, usage: { ...zeroUsage(), promptTokens }, usageEstimated };
}

export const openAIEmbeddings: EmbeddingsAdapter = {
  buildEmbeddingsRequest: buildOpenAIEmbeddingsRequest,
  parseEmbeddingsResponse: parseOpenAIEmbeddingsResponse,
};
