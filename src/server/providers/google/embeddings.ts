import type { EmbeddingsAdapter, EmbeddingsResponseContext, EmbeddingsResult, UpstreamContext, UpstreamRequest } from '../adapter';
import { AdapterRequestError } from '../errors';
import type { EmbeddingsRequest } from '../types';
import { encodeEmbeddingBase64, estimateEmbeddingInputTokens } from '../shared/embeddings';
import { expectUpstreamObject, withoutUndefined } from '../shared/json';
import { zeroUsage } from '../shared/usage';
import { geminiHeaders, geminiModelUrl } from './shared';
import type { GeminiBatchEmbedResponse } from './wire';

function inputTexts(input: EmbeddingsRequest['input']): string[] {
  if (typeof input === 'string') return [input];
  if (input.every((item): item is string => typeof item === 'string')) return input;
  throw new AdapterRequestError('This provider only embeds text; token-id input is not supported.', 'unsupported_input', 'input');
}

/** batchEmbedContents, so one upstream call serves any number of inputs, like OpenAI. */
export function buildGoogleEmbeddingsRequest(req: EmbeddingsRequest, ctx: UpstreamContext): UpstreamRequest {
  const model = `models/${ctx.providerModel.replace(/^models\//, '')}`;
  const requests = inputTexts(req.input).map((text) => withoutUndefined({
    model,
    content: { parts: [{ text }] },
    outputDimensionality: req.dimensions,
  }));
  return {
    url: geminiModelUrl(ctx, 'batchEmbedContents'),
    method: 'POST',
    headers: geminiHeaders(ctx, false),
    body: JSON.stringify({ requests }),
  };
}

/** Gemini reports no token counts for embeddings, so usage is estimated. */
export function parseGoogleEmbeddingsResponse(json: unknown, ctx: EmbeddingsResponseContext): EmbeddingsResult {
  const body = expectUpstreamObject(json, 'batchEmbedContents response') as GeminiBatchEmbedResponse;
  const base64 = ctx.request.encoding_format === 'base64';
  const data = (body.embeddings ?? []).map((embedding, index) => {
    const values = embedding.values ?? [];
    return { object: 'embedding' as const, index, embedding: base64 ? encodeEmbeddingBase64(values) : values };
  });
  const promptTokens = estimateEmbeddingInputTokens(ctx.request.input);
  return {
    response: {
      object: 'list',
      data,
      model: ctx.requestedModel,
      usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
    },
    usage: { ...zeroUsage(), promptTokens },
    usageEstimated: true,
  };
}

export const googleEmbeddings: EmbeddingsAdapter = {
  buildEmbeddingsRequest: buildGoogleEmbeddingsRequest,
  parseEmbeddingsResponse: parseGoogleEmbeddingsResponse,
};
