import type { ConnectionProbe, ProviderAdapter, UpstreamContext, UpstreamRequest } from '../adapter';
import { joinUrl } from '../shared/http';
import { openAIEmbeddings } from './embeddings';
import { parseOpenAIUpstreamError } from './errors';
import { buildOpenAIChatRequest } from './request';
import { parseOpenAIChatResponse } from './response';
import { createOpenAIStreamTransformer } from './stream';

export { extractOpenAIStreamMeta, type OpenAIStreamMeta } from './stream';
export { normalizeOpenAIUsage } from './usage';

/**
 * 'list-models' (GET /models) is free on every major compatible provider;
 * use 'completion' for servers without a models endpoint.
 */
function buildOpenAITestConnectionRequest(ctx: UpstreamContext, probe: ConnectionProbe = 'list-models'): UpstreamRequest {
  if (probe === 'completion') {
    return buildOpenAIChatRequest(
      { model: ctx.providerModel, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1 },
      { ...ctx, stream: false },
    );
  }
  return {
    url: joinUrl(ctx.baseUrl, 'models'),
    method: 'GET',
    headers: { accept: 'application/json', authorization: `Bearer ${ctx.apiKey}`, ...ctx.extraHeaders },
    body: null,
  };
}

export const openAIAdapter: ProviderAdapter = {
  wireFormat: 'openai',
  buildChatRequest: buildOpenAIChatRequest,
  parseChatResponse: parseOpenAIChatResponse,
  createChatStreamTransformer: createOpenAIStreamTransformer,
  parseUpstreamError: parseOpenAIUpstreamError,
  embeddings: openAIEmbeddings,
  buildTestConnectionRequest: buildOpenAITestConnectionRequest,
};
