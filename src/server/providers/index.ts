/**
 * Provider adapters, one per upstream wire format. See adapter.ts for the
 * contract and README-style notes at the top of each adapter's request.ts.
 */
import type { ProviderAdapter, WireFormat } from './adapter';
import { anthropicAdapter } from './anthropic';
import { googleAdapter } from './google';
import { openAIAdapter } from './openai';

const ADAPTERS: Readonly<Record<WireFormat, ProviderAdapter>> = {
  openai: openAIAdapter,
  anthropic: anthropicAdapter,
  google: googleAdapter,
};

export function getAdapter(wireFormat: WireFormat): ProviderAdapter {
  return ADAPTERS[wireFormat];
}

export type * from './adapter';
export type * from './types';
export { AdapterRequestError, UpstreamProtocolError, UpstreamStreamError, toOpenAIErrorBody } from './errors';
export { extractOpenAIStreamMeta, normalizeOpenAIUsage, type OpenAIStreamMeta } from './openai';
