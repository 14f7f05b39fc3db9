/**
 * OpenAI-compatible chat requests. The client's request is forwarded nearly
 * verbatim (unknown provider-specific fields survive, so e.g. `top_k` reaches
 * Together), with only the edits needed so compatible servers accept it.
 */
import type { ChatBuildContext, ChatUpstreamRequest } from '../adapter';
import type { AssistantMessage, ChatCompletionRequest, ChatMessage, ToolCall } from '../types';
import { contentToText } from '../shared/content';
import { joinUrl, jsonHeaders } from '../shared/http';

/** Hosts that speak OpenAI's own, strictly validated dialect. */
export function isOpenAIPlatform(baseUrl: string): boolean {
  const host = hostOf(baseUrl);
  return host === 'api.openai.com' || host.endsWith('.openai.azure.com');
}

function isGoogleOpenAICompat(baseUrl: string): boolean {
  return hostOf(baseUrl) === 'generativelanguage.googleapis.com';
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** o-series and GPT-5 (except the -chat variants) are reasoning models with restricted sampling. */
export function isOpenAIReasoningModel(model: string): boolean {
  return /^(o\d|gpt-5)/.test(model) && !/-chat/.test(model);
}

const SAMPLING_PARAMS_REJECTED_BY_REASONING_MODELS = [
  'temperature',
  'top_p',
  'presence_penalty',
  'frequency_penalty',
  'logprobs',
  'top_logprobs',
  'logit_bias',
] as const;

export function buildOpenAIChatRequest(
  req: ChatCompletionRequest,
  ctx: ChatBuildContext,
): ChatUpstreamRequest {
  const platform = isOpenAIPlatform(ctx.baseUrl);
  const body: Record<string, unknown> = {
    ...req,
    model: ctx.providerModel,
    messages: req.messages.map((message) => adaptMessage(message, platform, isGoogleOpenAICompat(ctx.baseUrl))),
  };

  if (ctx.stream) {
    body.stream = true;
    // Usage is needed for metering whether or not the client asked for it.
    body.stream_options = { ...(req.stream_options ?? {}), include_usage: true };
  } else {
    // OpenAI rejects stream_options on non-streaming requests.
    delete body.stream;
    delete body.stream_options;
  }

  const limit = req.max_completion_tokens ?? req.max_tokens;
  delete body.max_tokens;
  delete body.max_completion_tokens;
  if (limit != null) body[maxTokensField(ctx, platform)] = limit;

  if (platform) applyOpenAIModelRules(body, ctx.providerModel, req);
  for (const param of ctx.options?.dropParams ?? []) delete body[param];
  // null means "provider default" in OpenAI's API; several compatible servers reject it instead.
  for (const [key, value] of Object.entries(body)) if (value === null) delete body[key];

  return {
    url: joinUrl(ctx.baseUrl, 'chat/completions'),
    method: 'POST',
    headers: {
      ...jsonHeaders(ctx.stream),
      authorization: `Bearer ${ctx.apiKey}`,
      ...ctx.extraHeaders,
    },
    body: JSON.stringify(body),
  };
}

function maxTokensField(ctx: ChatBuildContext, platform: boolean): 'max_tokens' | 'max_completion_tokens' {
  return ctx.options?.maxTokensField ?? (platform ? 'max_completion_tokens' : 'max_tokens');
}

function applyOpenAIModelRules(
  body: Record<string, unknown>,
  model: string,
  req: ChatCompletionRequest,
): void {
  if (!isOpenAIReasoningModel(model)) {
    // Non-reasoning models answer 400 to reasoning_effort.
    delete body.reasoning_effort;
    return;
  }
  // GPT-5.1+ accept sampling parameters only with reasoning switched off.
  if (req.reasoning_effort === 'none') return;
  for (const param of SAMPLING_PARAMS_REJECTED_BY_REASONING_MODELS) delete body[param];
}

/**
 * Removes gateway extensions the upstream would reject and downgrades
 * constructs that only OpenAI itself understands.
 */
function adaptMessage(message: ChatMessage, platform: boolean, keepToolCallExtras: boolean): ChatMessage {
  switch (message.role) {
    case 'assistant':
      return adaptAssistantMessage(message, keepToolCallExtras);
    case 'developer':
      // Only OpenAI knows the developer role; elsewhere it means the same as system.
      return platform ? message : { ...message, role: 'system' };
    case 'system':
    case 'user':
    case 'tool':
      return adaptContent(message, platform);
  }
}

/** Thought signatures only mean something to Google's own OpenAI-compatible endpoint. */
function adaptAssistantMessage(message: AssistantMessage, keepToolCallExtras: boolean): AssistantMessage {
  // DeepSeek rejects reasoning_content in input, OpenAI rejects unknown fields.
  const { reasoning_content: _reasoning, ...rest } = message;
  if (!rest.tool_calls || keepToolCallExtras) return rest;
  return { ...rest, tool_calls: rest.tool_calls.map(stripExtraContent) };
}

function stripExtraContent(call: ToolCall): ToolCall {
  const { extra_content: _extra, ...rest } = call;
  return rest;
}

type ContentMessage = Exclude<ChatMessage, AssistantMessage>;

/**
 * Several compatible servers (DeepSeek, older vLLM) only accept string
 * content; text-only part arrays are flattened for them. Arrays that carry
 * cache_control hints are kept (OpenRouter routes them to Anthropic caching),
 * but OpenAI itself rejects cache_control, so it is stripped there.
 */
function adaptContent<M extends ContentMessage>(message: M, platform: boolean): M {
  const content = message.content;
  if (typeof content === 'string') return message;
  if (platform) {
    return { ...message, content: content.map(({ cache_control: _cache, ...part }) => part) };
  }
  const textOnly = content.every((part) => part.type === 'text' && !part.cache_control);
  if (!textOnly) return message;
  return { ...message, content: contentToText(content) };
}
