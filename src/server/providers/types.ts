/**
 * Canonical wire types of the gateway: the OpenAI Chat Completions and
 * Embeddings APIs, plus the provider-neutral usage and error shapes the
 * gateway meters and reports with.
 *
 * Extensions beyond the official OpenAI schema are marked "extension"; they
 * follow conventions that OpenAI SDK clients already tolerate (extra fields).
 */

// ---------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------

/** A JSON Schema document. Kept opaque: adapters translate, never validate it. */
export type JsonSchema = Record<string, unknown>;

export type ReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max';

/** Extension (Anthropic prompt caching, as used by OpenRouter/LiteLLM clients). */
export interface CacheControl {
  type: 'ephemeral';
  ttl?: '5m' | '1h';
}

export interface TextContentPart {
  type: 'text';
  text: string;
  cache_control?: CacheControl;
}

export interface ImageContentPart {
  type: 'image_url';
  image_url: {
    /** An https URL or a `data:<mime>;base64,<data>` URL. */
    url: string;
    detail?: 'auto' | 'low' | 'high';
  };
  cache_control?: CacheControl;
}

export interface RefusalContentPart {
  type: 'refusal';
  refusal: string;
}

export type UserContentPart = TextContentPart | ImageContentPart;
export type AssistantContentPart = TextContentPart | RefusalContentPart;

/** Extension: provider state that must round-trip through the client (Gemini thought signatures). */
export interface ToolCallExtraContent {
  google?: { thought_signature?: string };
}

export interface ToolCall {
  id: string;
  type: 'function';
  function: {
    name: string;
    /** JSON-encoded arguments, as produced by the model (may be invalid JSON). */
    arguments: string;
  };
  extra_content?: ToolCallExtraContent;
}

export interface SystemMessage {
  role: 'system';
  content: string | TextContentPart[];
  name?: string;
}

export interface DeveloperMessage {
  role: 'developer';
  content: string | TextContentPart[];
  name?: string;
}

export interface UserMessage {
  role: 'user';
  content: string | UserContentPart[];
  name?: string;
}

export interface AssistantMessage {
  role: 'assistant';
  content?: string | AssistantContentPart[] | null;
  tool_calls?: ToolCall[];
  refusal?: string | null;
  name?: string;
  /** Extension (DeepSeek convention): the model's visible reasoning. Never sent upstream. */
  reasoning_content?: string | null;
}

export interface ToolMessage {
  role: 'tool';
  content: string | TextContentPart[];
  tool_call_id: string;
}

export type ChatMessage =
  | SystemMessage
  | DeveloperMessage
  | UserMessage
  | AssistantMessage
  | ToolMessage;

export interface FunctionTool {
  type: 'function';
  function: {
    name: string;
    description?: string;
    parameters?: JsonSchema;
    strict?: boolean | null;
  };
}

export type ToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | { type: 'function'; function: { name: string } };

export interface JsonSchemaFormat {
  name: string;
  description?: string;
  schema?: JsonSchema;
  strict?: boolean | null;
}

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; json_schema: JsonSchemaFormat };

export interface StreamOptions {
  include_usage?: boolean;
}

export interface ChatCompletionRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number | null;
  top_p?: number | null;
  /** Deprecated by OpenAI in favour of max_completion_tokens; both are accepted. */
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  stop?: string | string[] | null;
  seed?: number | null;
  frequency_penalty?: number | null;
  presence_penalty?: number | null;
  reasoning_effort?: ReasoningEffort | null;
  user?: string;
  n?: number | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  logit_bias?: Record<string, number> | null;
  stream?: boolean | null;
  stream_options?: StreamOptions | null;
  tools?: FunctionTool[];
  tool_choice?: ToolChoice;
  parallel_tool_calls?: boolean;
  response_format?: ResponseFormat;
}

// ---------------------------------------------------------------------------
// Non-stream response
// ---------------------------------------------------------------------------

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

export interface TopLogprob {
  token: string;
  logprob: number;
  bytes: number[] | null;
}

export interface TokenLogprob extends TopLogprob {
  top_logprobs: TopLogprob[];
}

export interface ChoiceLogprobs {
  content: TokenLogprob[] | null;
  refusal?: TokenLogprob[] | null;
}

export interface CompletionUsage {
  /** Includes cached and cache-write tokens (OpenAI semantics). */
  prompt_tokens: number;
  /** Includes reasoning tokens (OpenAI semantics). */
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: {
    cached_tokens?: number;
    audio_tokens?: number;
    /** Extension: tokens written to a provider prompt cache (Anthropic). */
    cache_write_tokens?: number;
  };
  completion_tokens_details?: {
    reasoning_tokens?: number;
    audio_tokens?: number;
    accepted_prediction_tokens?: number;
    rejected_prediction_tokens?: number;
  };
}

export interface ChatCompletionMessage {
  role: 'assistant';
  content: string | null;
  refusal?: string | null;
  tool_calls?: ToolCall[];
  /** Extension (DeepSeek convention): reasoning / thinking text when the provider exposes it. */
  reasoning_content?: string;
}

export interface ChatCompletionChoice {
  index: number;
  message: ChatCompletionMessage;
  finish_reason: FinishReason;
  logprobs: ChoiceLogprobs | null;
}

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: ChatCompletionChoice[];
  usage?: CompletionUsage;
  system_fingerprint?: string | null;
  service_tier?: string | null;
}

// ---------------------------------------------------------------------------
// Stream chunk
// ---------------------------------------------------------------------------

export interface ToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
  extra_content?: ToolCallExtraContent;
}

export interface ChunkDelta {
  role?: 'assistant';
  content?: string | null;
  refusal?: string | null;
  tool_calls?: ToolCallDelta[];
  reasoning_content?: string;
}

export interface ChunkChoice {
  index: number;
  delta: ChunkDelta;
  finish_reason: FinishReason | null;
  logprobs?: ChoiceLogprobs | null;
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: ChunkChoice[];
  usage?: CompletionUsage | null;
  system_fingerprint?: string | null;
}

// ---------------------------------------------------------------------------
// Embeddings
// ---------------------------------------------------------------------------

export interface EmbeddingsRequest {
  model: string;
  /** Text, texts, token ids, or lists of token ids. */
  input: string | string[] | number[] | number[][];
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
  user?: string;
}

export interface EmbeddingObject {
  object: 'embedding';
  index: number;
  /** number[] for encoding_format "float", base64 little-endian float32 for "base64". */
  embedding: number[] | string;
}

export interface EmbeddingsResponse {
  object: 'list';
  data: EmbeddingObject[];
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
}

// ---------------------------------------------------------------------------
// Provider-neutral shapes used for metering and error reporting
// ---------------------------------------------------------------------------

/**
 * Token usage in OpenAI semantics, whatever the provider reported:
 * promptTokens includes cachedTokens and cacheWriteTokens, completionTokens
 * includes reasoningTokens. Billing can therefore price
 * (promptTokens - cachedTokens - cacheWriteTokens) at the input rate.
 */
export interface NormalizedUsage {
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
}

/** The OpenAI error envelope's `type`, as the gateway reports upstream failures. */
export type GatewayErrorType = 'invalid_request_error' | 'rate_limit_error' | 'upstream_error';

/** An upstream failure, already mapped to what the gateway should tell its client. */
export interface NormalizedUpstreamError {
  /** HTTP status for the gateway's own response. */
  status: number;
  /** Client-safe message (never contains the provider's account details). */
  message: string;
  type: GatewayErrorType;
  code: string | null;
  param: string | null;
  /** What the provider returned, for logs. */
  upstreamStatus: number;
  /** Provider's raw message, for logs only. */
  upstreamMessage: string;
  /** Whether another provider, key or a later attempt could succeed (failover hint). */
  retryable: boolean;
}

/** The body the gateway sends for an error: `{ error: {...} }`. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}
