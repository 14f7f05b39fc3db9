import type { ErrorOverrides, FakeReply, FormatAdapter, HandlerContext, JsonReply, ParsedRequest } from "./format-adapter";
import { asArray, asNumber, asRecord, asString, records, type JsonRecord } from "./json-access";
import {
  countTokens,
  embeddingFor,
  float32Base64,
  planReply,
  promptTokens,
  stableId,
  type NormalizedConversation,
  type PromptPiece,
  type ReplyPlan,
  type ToolChoice,
} from "./reply-planner";

// OpenAI Chat Completions / Embeddings / Models wire format.

const DEFAULT_MODELS = ["gpt-4o-mini", "gpt-4o", "text-embedding-3-small"];
const SYSTEM_FINGERPRINT = "fp_fake0001";

function openAiError(status: number, message: string, type: string, code: string | null, param: string | null = null): JsonReply {
  return { kind: "json", status, body: { error: { message, type, param, code } } };
}

const MISSING_KEY_MESSAGE =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth " +
  "(i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API " +
  "from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.";

function maskKey(key: string): string {
  return key.length <= 8 ? "***" : `${key.slice(0, 3)}${"*".repeat(Math.min(key.length - 7, 20))}${key.slice(-4)}`;
}

const ERRORS_BY_STATUS: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: "Invalid request.", type: "invalid_request_error", code: null },
  401: { message: "Incorrect API key provided.", type: "invalid_request_error", code: "invalid_api_key" },
  403: { message: "You are not allowed to sample from this model", type: "invalid_request_error", code: null },
  404: {
    message: "The model does not exist or you do not have access to it.",
    type: "invalid_request_error",
    code: "model_not_found",
  },
  429: { message: "Rate limit reached for requests. Please try again later.", type: "requests", code: "rate_limit_exceeded" },
  500: { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", code: null },
  503: { message: "The engine is currently overloaded, please try again later", type: "server_error", code: null },
};

export const openAiFormat: FormatAdapter = {
  basePath: "/v1",
  requestIdHeader: "x-request-id",
  overloadedStatus: 503,

  authenticate(request, expectedKey) {
    const key = /^Bearer\s+(.*)$/i.exec(request.headers.authorization ?? "")?.[1]?.trim();
    if (!key) return openAiError(401, MISSING_KEY_MESSAGE, "invalid_request_error", null);
    if (expectedKey !== undefined && key !== expectedKey) {
      const message =
        `Incorrect API key provided: ${maskKey(key)}. ` + "You can find your API key at https://platform.openai.com/account/api-keys.";
      return openAiError(401, message, "invalid_request_error", "invalid_api_key");
    }
    return null;
  },

  errorReply(status, overrides: ErrorOverrides) {
    const known = ERRORS_BY_STATUS[status] ?? {
      message: status >= 500 ? ERRORS_BY_STATUS[500]?.message ?? "" : "Invalid request.",
      type: status >= 500 ? "server_error" : "invalid_request_error",
      code: null,
    };
    const reply = openAiError(status, overrides.message ?? known.message, known.type, known.code);
    if (overrides.retryAfter !== undefined) reply.headers = { "retry-after": String(overrides.retryAfter) };
    return reply;
  },

  // The API reports failures after the stream started as a data frame carrying an `error` object.
  midStreamErrorFrame() {
    const error = { message: ERRORS_BY_STATUS[500]?.message, type: "server_error", param: null, code: null };
    return `data: ${JSON.stringify({ error })}\n\n`;
  },

  malformedFrame() {
    return 'data: {"id":"chatcmpl-broken","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":\n\n';
  },

  handle(request, context) {
    const { method, path } = request;
    if (method === "POST" && path === "/v1/chat/completions") {
      return withJsonBody(request, (body) => chatCompletion(body, context));
    }
    if (method === "POST" && path === "/v1/embeddings") {
      return withJsonBody(request, (body) => embeddings(body, context));
    }
    if (method === "GET" && path === "/v1/models") {
      return { kind: "json", status: 200, body: { object: "list", data: (context.models ?? DEFAULT_MODELS).map(modelObject) } };
    }
    const modelId = /^\/v1\/models\/(.+)$/.exec(path)?.[1];
    if (method === "GET" && modelId) {
      const id = decodeURIComponent(modelId);
      if (context.models && !context.models.includes(id)) return modelNotFound(id);
      return { kind: "json", status: 200, body: modelObject(id) };
    }
    return openAiError(404, `Invalid URL (${method} ${path})`, "invalid_request_error", null);
  },
};

function withJsonBody(request: ParsedRequest, handler: (body: JsonRecord) => FakeReply): FakeReply {
  const body = asRecord(request.body);
  if (!body) {
    const message =
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. " +
      "The OpenAI API expects a JSON payload, but what was sent was not valid JSON.";
    return openAiError(400, message, "invalid_request_error", null);
  }
  return handler(body);
}

function modelObject(id: string): JsonRecord {
  return { id, object: "model", created: 1_700_000_000, owned_by: "system" };
}

function modelNotFound(model: string): JsonReply {
  const message = `The model \`${model}\` does not exist or you do not have access to it.`;
  return openAiError(404, message, "invalid_request_error", "model_not_found");
}

function messageText(content: unknown): string {
  const text = asString(content);
  if (text !== undefined) return text;
  return records(content)
    .map((part) => asString(part.text) ?? "")
    .join("");
}

function normalizeConversation(body: JsonRecord, messages: JsonRecord[]): NormalizedConversation {
  const promptPieces: PromptPiece[] = [];
  for (const message of messages) {
    promptPieces.push({ text: messageText(message.content) });
    for (const call of records(message.tool_calls)) {
      promptPieces.push({ text: asString(asRecord(call.function)?.arguments) ?? "" });
    }
  }
  const last = messages.at(-1);
  const lastRole = asString(last?.role);
  const lastText = messageText(last?.content);
  const tools = records(body.tools).flatMap((tool) => {
    const fn = asRecord(tool.function);
    const name = asString(fn?.name);
    return name ? [{ name, parameters: fn?.parameters }] : [];
  });
  return {
    promptPieces,
    lastTurn: { kind: lastRole === "user" ? "user" : lastRole === "tool" ? "tool-result" : "other", text: lastText },
    tools,
    toolChoice: toolChoiceOf(body.tool_choice),
    maxOutputTokens: asNumber(body.max_completion_tokens) ?? asNumber(body.max_tokens),
  };
}

function toolChoiceOf(value: unknown): ToolChoice {
  if (value === "none" || value === "required") return { mode: value };
  const name = asString(asRecord(asRecord(value)?.function)?.name);
  return name ? { mode: "named", name } : { mode: "auto" };
}

function usageOf(prompt: number, completion: number): JsonRecord {
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

function finishReasonOf(plan: ReplyPlan): string {
  if (plan.kind === "tool-call") return "tool_calls";
  return plan.finish === "length" ? "length" : "stop";
}

function chatCompletion(body: JsonRecord, context: HandlerContext): FakeReply {
  const model = asString(body.model);
  if (!model) return openAiError(400, "you must provide a model parameter", "invalid_request_error", null);
  const messages = asArray(body.messages);
  if (!messages) {
    return openAiError(400, "Missing required parameter: 'messages'.", "invalid_request_error", "missing_required_parameter", "messages");
  }
  if (context.models && !context.models.includes(model)) return modelNotFound(model);

  const conversation = normalizeConversation(body, records(messages));
  const plan = planReply(conversation, context.wordsPerChunk);
  const usage = usageOf(promptTokens(conversation.promptPieces), plan.completionTokens);
  const seed = `${context.sequence}:${JSON.stringify(body)}`;
  const id = `chatcmpl-${stableId(seed, 29)}`;
  const toolCallId = `call_${stableId(`tool:${seed}`, 24)}`;
  const created = Math.floor(Date.now() / 1000);
  const envelope = (object: string) => ({
    id,
    object,
    created,
    model,
    service_tier: "default",
    system_fingerprint: SYSTEM_FINGERPRINT,
  });

  if (body.stream !== true) {
    const message =
      plan.kind === "text"
        ? { role: "assistant", content: plan.text, refusal: null, annotations: [] }
        : {
            role: "assistant",
            content: null,
            tool_calls: [{ id: toolCallId, type: "function", function: { name: plan.toolName, arguments: plan.argumentsJson } }],
            refusal: null,
            annotations: [],
          };
    const completion = {
      ...envelope("chat.completion"),
      choices: [{ index: 0, message, logprobs: null, finish_reason: finishReasonOf(plan) }],
      usage,
    };
    return { kind: "json", status: 200, body: completion };
  }

  const includeUsage = asRecord(body.stream_options)?.include_usage === true;
  // With include_usage every chunk carries `usage: null` until the dedicated usage chunk.
  const chunk = (choices: JsonRecord[], usageValue: JsonRecord | null = null): string => {
    const payload = { ...envelope("chat.completion.chunk"), choices, ...(includeUsage ? { usage: usageValue } : {}) };
    return `data: ${JSON.stringify(payload)}\n\n`;
  };
  const choice = (delta: JsonRecord, finishReason: string | null = null): JsonRecord => ({
    index: 0,
    delta,
    logprobs: null,
    finish_reason: finishReason,
  });

  const frames: string[] = [];
  if (plan.kind === "text") {
    frames.push(chunk([choice({ role: "assistant", content: "", refusal: null })]));
    for (const piece of plan.chunks) frames.push(chunk([choice({ content: piece })]));
  } else {
    const opening = { index: 0, id: toolCallId, type: "function", function: { name: plan.toolName, arguments: "" } };
    frames.push(chunk([choice({ role: "assistant", content: null, tool_calls: [opening], refusal: null })]));
    for (const fragment of plan.argumentFragments) {
      frames.push(chunk([choice({ tool_calls: [{ index: 0, function: { arguments: fragment } }] })]));
    }
  }
  const finishingFrameIndex = frames.length;
  frames.push(chunk([choice({}, finishReasonOf(plan))]));
  if (includeUsage) frames.push(chunk([], usage));
  frames.push("data: [DONE]\n\n");
  return { kind: "stream", contentType: "text/event-stream; charset=utf-8", frames, finishingFrameIndex };
}

function embeddingInputs(input: unknown): string[] | undefined {
  if (typeof input === "string") return [input];
  const items = asArray(input);
  if (!items || items.length === 0) return undefined;
  // A flat number array is one pre-tokenized input; an array of arrays is several.
  if (items.every((item) => typeof item === "number")) return [JSON.stringify(items)];
  if (items.every((item) => typeof item === "string" || Array.isArray(item))) {
    return items.map((item) => (typeof item === "string" ? item : JSON.stringify(item)));
  }
  return undefined;
}

function embeddings(body: JsonRecord, context: HandlerContext): FakeReply {
  const model = asString(body.model);
  if (!model) return openAiError(400, "you must provide a model parameter", "invalid_request_error", null);
  const inputs = embeddingInputs(body.input);
  if (!inputs) return openAiError(400, "'input' is a required property", "invalid_request_error", null, "input");
  if (context.models && !context.models.includes(model)) return modelNotFound(model);
  const dimensions = asNumber(body.dimensions) ?? 8;
  const asBase64 = body.encoding_format === "base64";
  const data = inputs.map((input, index) => {
    const vector = embeddingFor(input, dimensions);
    return { object: "embedding", index, embedding: asBase64 ? float32Base64(vector) : vector };
  });
  const tokens = inputs.reduce((sum, input) => sum + countTokens(input), 0);
  const usage = { prompt_tokens: tokens, total_tokens: tokens };
  return { kind: "json", status: 200, body: { object: "list", data, model, usage } };
}
