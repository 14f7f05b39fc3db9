import type { ConnectionProbe, ProviderAdapter, UpstreamContext, UpstreamRequest } from '../adapter';
import { joinUrl } from '../shared/http';
import { parseAnthropicUpstreamError } from './errors';
import { anthropicHeaders, buildAnthropicChatRequest } from './request';
import { parseAnthropicChatResponse } from './response';
import { createAnthropicStreamTransformer } from './stream';

/** GET /v1/models is free and authenticates the key; 'completion' also proves the model. */
function buildAnthropicTestConnectionRequest(ctx: UpstreamContext, probe: ConnectionProbe = 'list-models'): UpstreamRequest {
  if (probe === 'completion') {
    return buildAnthropicChatRequest(
      { model: ctx.providerModel, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1 },
      { ...ctx, stream: false },
    );
  }
  const { 'content-type': _contentType, ...headers } = anthropicHeaders(ctx, false);
  return { url: joinUrl(ctx.baseUrl, 'v1/models?limit=1'), method: 'GET', headers, body: null };
}

export const anthropicAdapter: ProviderAdapter = {
  wireFormat: 'anthropic',
  buildChatRequest: buildAnthropicChatRequest,
  parseChatResponse: parseAnthropicChatResponse,
  createChatStreamTransformer: createAnthropicStreamTransformer,
  parseUpstreamError: parseAnthropicUpstreamError,
  // Anthropic has no embeddings endpoint.
  embeddings: null,
  buildTestConnectionRequest: buildAnthropicTestConnectionRequest,
};
