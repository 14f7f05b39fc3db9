/**
 * The contract every wire-format adapter implements. Adapters are pure: they
 * turn canonical (OpenAI-shaped) requests into upstream HTTP requests and
 * upstream payloads back into canonical ones. The gateway owns all I/O,
 * clocks and id generation and passes the results in through the contexts.
 */
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  EmbeddingsRequest,
  EmbeddingsResponse,
  FinishReason,
  NormalizedUpstreamError,
  NormalizedUsage,
} from './types';

export type WireFormat = 'openai' | 'anthropic' | 'google';

export interface UpstreamRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** JSON text, or null for GET. */
  body: string | null;
}

export interface ChatUpstreamRequest extends UpstreamRequest {
  method: 'POST';
  body: string;
}

/** Per-provider knobs for quirks the wire format alone cannot tell. All optional. */
export interface ProviderOptions {
  /**
   * OpenAI-compatible: which field carries the output-token limit. Defaults to
   * max_completion_tokens for api.openai.com / Azure and max_tokens elsewhere,
   * because most compatible servers only know max_tokens.
   */
  maxTokensField?: 'max_tokens' | 'max_completion_tokens';
  /** OpenAI-compatible: top-level body fields this provider rejects; removed before sending. */
  dropParams?: readonly string[];
  /** Anthropic: max_tokens to send when the client gave none (Anthropic requires one). */
  defaultMaxTokens?: number;
  /** Anthropic: overrides the anthropic-version header. */
  anthropicVersion?: string;
}

/** What an adapter needs to address a provider. */
export interface UpstreamContext {
  /** OpenAI: includes the version prefix (https://api.openai.com/v1). Anthropic/Google: the bare origin. */
  baseUrl: string;
  apiKey: string;
  /** The model name the provider knows. */
  providerModel: string;
  /** Applied last, so they can override auth or version headers (Azure, proxies). */
  extraHeaders?: Record<string, string>;
  options?: ProviderOptions;
}

export interface ChatBuildContext extends UpstreamContext {
  /** Authoritative; the request's own `stream` field is ignored. */
  stream: boolean;
}

/** What an adapter needs to shape responses for the client. */
export interface ChatResponseContext {
  /** The model name the client asked for; echoed in every response and chunk. */
  requestedModel: string;
  /** The client's original request (decides e.g. include_usage and structured-output unwrapping). */
  request: ChatCompletionRequest;
  /** Unix seconds, supplied by the gateway so adapters stay pure. */
  created: number;
  /** Used when the provider returns no response id (also seeds generated tool call ids). */
  fallbackId: string;
}

export interface ChatResult {
  completion: ChatCompletion;
  /** Null only when the provider reported no usage at all (gateway should estimate). */
  usage: NormalizedUsage | null;
}

/** One server-sent event as delivered by an SSE parser (e.g. eventsource-parser). */
export interface SseEvent {
  event?: string;
  data: string;
}

export interface StreamSummary {
  /** Final chunks to forward (e.g. the usage chunk when the client asked for include_usage). */
  chunks: ChatCompletionChunk[];
  usage: NormalizedUsage | null;
  /** Finish reason of choice 0; null means the upstream stream ended prematurely. */
  finishReason: FinishReason | null;
}

/**
 * Feed upstream SSE events in order; forward the returned chunks at once.
 * push() throws UpstreamStreamError when the provider reports an error
 * mid-stream and UpstreamProtocolError on an unparseable event.
 * Transformers never emit `[DONE]`: the gateway writes it after finish().
 */
export interface ChatStreamTransformer {
  push(event: SseEvent): ChatCompletionChunk[];
  finish(): StreamSummary;
}

export interface EmbeddingsResponseContext {
  requestedModel: string;
  request: EmbeddingsRequest;
}

export interface EmbeddingsResult {
  response: EmbeddingsResponse;
  usage: NormalizedUsage;
  /** True when the provider reported no token counts and usage was estimated from text length. */
  usageEstimated: boolean;
}

export interface EmbeddingsAdapter {
  buildEmbeddingsRequest(req: EmbeddingsRequest, ctx: UpstreamContext): UpstreamRequest;
  parseEmbeddingsResponse(json: unknown, ctx: EmbeddingsResponseContext): EmbeddingsResult;
}

/**
 * 'list-models' costs nothing but does not prove the model exists on every
 * provider; 'completion' spends one output token and proves both key and model.
 */
export type ConnectionProbe = 'list-models' | 'completion';

export interface ProviderAdapter {
  readonly wireFormat: WireFormat;
  buildChatRequest(req: ChatCompletionRequest, ctx: ChatBuildContext): ChatUpstreamRequest;
  parseChatResponse(json: unknown, ctx: ChatResponseContext): ChatResult;
  createChatStreamTransformer(ctx: ChatResponseContext): ChatStreamTransformer;
  /** For non-2xx upstream responses. */
  parseUpstreamError(status: number, bodyText: string): NormalizedUpstreamError;
  /** Null when the wire format has no embeddings endpoint. */
  readonly embeddings: EmbeddingsAdapter | null;
  buildTestConnectionRequest(ctx: UpstreamContext, probe?: ConnectionProbe): UpstreamRequest;
}
