import type { ConnectionProbe, ProviderAdapter, UpstreamContext, UpstreamRequest } from '../adapter';
import { googleEmbeddings } from './embeddings';
import { parseGoogleUpstreamError } from './errors';
import { buildGoogleChatRequest } from './request';
import { parseGoogleChatResponse } from './response';
import { geminiHeaders, geminiModelUrl } from './shared';
import { createGoogleStreamTransformer } from './stream';

/** GET models/{model} is free and checks the key and the model name in one call. */
function buildGoogleTestConnectionRequest(ctx: UpstreamContext, probe: ConnectionProbe = 'list-models'): UpstreamRequest {
  if (probe === 'completion') {
    return buildGoogleChatRequest(
      { model: ctx.providerModel, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1 },
      { ...ctx, stream: false },
    );
  }
  const { 'content-type': _contentType, ...headers } = geminiHeaders(ctx, false);
  return { url: geminiModelUrl(ctx), method: 'GET', headers, body: null };
}

export const googleAdapter: ProviderAdapter = {
  wireFormat: 'google',
  buildChatRequest: buildGoogleChatRequest,
  parseChatResponse: parseGoogleChatResponse,
  createChatStreamTransformer: createGoogleStreamTransformer,
  parseUpstreamError: parseGoogleUpstreamError,
  embeddings: googleEmbeddings,
  buildTestConnectionRequest: buildGoogleTestConnectionRequest,
};
