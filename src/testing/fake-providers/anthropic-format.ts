import { createHash } from "node:crypto";
import type { ErrorOverrides, FakeReply, FormatAdapter, HandlerContext, JsonReply } from "./format-adapter";
import { asArray, asNumber, asRecord, asString, records, type JsonRecord } from "./json-access";
import { planReply, promptTokens, stableId, type NormalizedConversation, type PromptPiece, type ToolChoice } from "./reply-planner";

// Anthropic Messages API wire format (/v1/messages, /v1/messages/count_tokens, /v1/models).

const DEFAULT_MODELS = ["claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001", "claude-opus-4-1-20250805"];

function anthropicError(status: number, type: string, message: string, requestId: string): JsonReply {
  return { kind: "json", status, body: { type: "error", error: { type, message }, request_id: requestId } };
}

const ERRORS_BY_STATUS: Record<number, { type: string; message: string }> = {
  400: { type: "invalid_request_error", message: "Invalid request." },
  401: { type: "authentication_error", message: "invalid x-api-key" },
  403: { type: "permission_error", message: "Your API key does not have permission to use the specified resource." },
  404: { type: "not_found_error", message: "The requested resource could not be found." },
  413: { type: "request_too_large", message: "Request exceeds the maximum allowed number of bytes." },
  429: { type: "rate_limit_error", message: "Number of request tokens has exceeded your per-minute rate limit." },
  500: { type: "api_error", message: "Internal server error" },
  503: { type: "overloaded_error", message: "Overloaded" },
  529: { type: "overloaded_error", message: "Overloaded" },
};

function sse(type: string, data: JsonRecord): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
}

export const anthropicFormat: FormatAdapter = {
  basePath: "",
  requestIdHeader: "request-id",
  overloadedStatus: 529,

  authenticate(request, expectedKey, requestId) {
    const key = asString(request.headers["x-api-key"])?.trim();
    if (!key) return anthropicError(401, "authentication_error", "x-api-key header is required", requestId);
    if (expectedKey !== undefined && key !== expectedKey) {
      return anthropicError(401, "authentication_error", "invalid x-api-key", requestId);
    }
    if (!request.headers["anthropic-version"]) {
      return anthropicError(400, "invalid_request_error", "anthropic-version: header is required", requestId);
    }
    return null;
  },

  errorReply(status, overrides: ErrorOverrides) {
    const known = ERRORS_BY_STATUS[status] ?? (status >= 500 ? ERRORS_BY_STATUS[500] : ERRORS_BY_STATUS[400]);
    const reply = anthropicError(status, known?.type ?? "api_error", overrides.message ?? known?.message ?? "", overrides.requestId);
    if (overrides.retryAfter !== undefined) reply.headers = { "retry-after": String(overrides.retryAfter) };
    return reply;
  },

  midStreamErrorFrame() {
    return sse("error", { error: { type: "overloaded_error", message: "Overloaded" } });
  },

  malformedFrame() {
    return 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":\n\n';
  },

  handle(request, context) {
    const { method, path } = request;
    const isPost = method === "POST";
    if (isPost && (path === "/v1/messages" || path === "/v1/messages/count_tokens")) {
      const body = asRecord(request.body);
      if (!body) {
        return anthropicError(400, "invalid_request_error", "There was an error parsing the body of your request.", context.requestId);
      }
      return path === "/v1/messages" ? createMessage(body, context) : countMessageTokens(body, context);
    }
    if (method === "GET" && path === "/v1/models") {
      const data = (context.models ?? DEFAULT_MODELS).map(modelObject);
      const body = { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
      return { kind: "json", status: 200, body };
    }
    const modelId = /^\/v1\/models\/(.+)$/.exec(path)?.[1];
    if (method === "GET" && modelId) {
      const id = decodeURIComponent(modelId);
      if (context.models && !context.models.includes(id)) return modelNotFound(id, context.requestId);
      return { kind: "json", status: 200, body: modelObject(id) };
    }
    return anthropicError(404, "not_found_error", "Not Found", context.requestId);
  },
};

function modelObject(id: string): { type: string; id: string; display_name: string; created_at: string } {
  return { type: "model", id, display_name: id, created_at: "2025-01-01T00:00:00Z" };
}

function modelNotFound(model: string, requestId: string): JsonReply {
  return anthropicError(404, "not_found_error", `model: ${model}`, requestId);
}

function blockText(block: JsonRecord): string {
  switch (block.type) {
    case "text":
      return asString(block.text) ?? "";
    case "tool_use":
      return JSON.stringify(block.input ?? {});
    case "tool_result":
      return contentText(block.content);
    default:
      return "";
  }
}

function contentText(content: unknown): string {
  return asString(content) ?? records(content).map(blockText).join("");
}

/** One prompt piece per block so `cache_control` breakpoints land exactly where the client put them. */
function contentPieces(content: unknown): PromptPiece[] {
  const text = asString(content);
  if (text !== undefined) return [{ text }];
  return records(content).map((block) => ({ text: blockText(block), cacheBreakpoint: block.cache_control !== undefined }));
}

function normalizeConversation(body: JsonRecord, messages: JsonRecord[]): NormalizedConversation {
  const promptPieces: PromptPiece[] = [...contentPieces(body.system)];
  for (const message of messages) promptPieces.push(...contentPieces(message.content));
  const last = messages.at(-1);
  const toolResults = records(last?.content).filter((block) => block.type === "tool_result");
  const lastTurn: NormalizedConversation["lastTurn"] =
    last?.role !== "user"
      ? { kind: "other", text: contentText(last?.content) }
      : toolResults.length > 0
        ? { kind: "tool-result", text: toolResults.map((block) => contentText(block.content)).join("\n") }
        : { kind: "user", text: contentText(last.content) };
  const tools = records(body.tools).flatMap((tool) => {
    const name = asString(tool.name);
    // Server tools (web search etc.) have no input_schema and are run by Anthropic, not the client.
    return name && tool.input_schema !== undefined ? [{ name, parameters: tool.input_schema }] : [];
  });
  return { promptPieces, lastTurn, tools, toolChoice: toolChoiceOf(body.tool_choice), maxOutputTokens: asNumber(body.max_tokens) };
}

function toolChoiceOf(value: unknown): ToolChoice {
  const choice = asRecord(value);
  if (choice?.type === "none") return { mode: "none" };
  if (choice?.type === "any") return { mode: "required" };
  const name = asString(choice?.name);
  return choice?.type === "tool" && name ? { mode: "named", name } : { mode: "auto" };
}

/**
 * Prompt caching, simplified: the prefix up to the last `cache_control` block is written on first
 * sight and read afterwards (no 1024-token minimum, no TTL). input_tokens excludes cached tokens,
 * as the real API reports it.
 */
function cacheUsage(model: string, pieces: readonly PromptPiece[], cache: Set<string>) {
  const total = promptTokens(pieces);
  const breakpoint = pieces.findLastIndex((piece) => piece.cacheBreakpoint === true);
  if (breakpoint < 0) return { input_tokens: total, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
  const prefix = pieces.slice(0, breakpoint + 1);
  const prefixTokens = promptTokens(prefix);
  const key = createHash("sha256").update(JSON.stringify([model, prefix.map((piece) => piece.text)])).digest("hex");
  const alreadyCached = cache.has(key);
  cache.add(key);
  return {
    input_tokens: Math.max(0, total - prefixTokens),
    cache_creation_input_tokens: alreadyCached ? 0 : prefixTokens,
    cache_read_input_tokens: alreadyCached ? prefixTokens : 0,
  };
}

function validate(
  body: JsonRecord,
  context: HandlerContext,
  requireMaxTokens: boolean,
): { model: string; messages: JsonRecord[] } | JsonReply {
  const model = asString(body.model);
  if (!model) return anthropicError(400, "invalid_request_error", "model: Field required", context.requestId);
  const messages = asArray(body.messages);
  if (!messages) return anthropicError(400, "invalid_request_error", "messages: Field required", context.requestId);
  if (requireMaxTokens && asNumber(body.max_tokens) === undefined) {
    return anthropicError(400, "invalid_request_error", "max_tokens: Field required", context.requestId);
  }
  if (context.models && !context.models.includes(model)) return modelNotFound(model, context.requestId);
  return { model, messages: records(messages) };
}

function countMessageTokens(body: JsonRecord, context: HandlerContext): FakeReply {
  const valid = validate(body, context, false);
  if ("kind" in valid) return valid;
  const conversation = normalizeConversation(body, valid.messages);
  return { kind: "json", status: 200, body: { input_tokens: promptTokens(conversation.promptPieces) } };
}

function createMessage(body: JsonRecord, context: HandlerContext): FakeReply {
  const valid = validate(body, context, true);
  if ("kind" in valid) return valid;
  const { model } = valid;
  const conversation = normalizeConversation(body, valid.messages);
  const plan = planReply(conversation, context.wordsPerChunk);
  const inputUsage = cacheUsage(model, conversation.promptPieces, context.promptCache);
  const seed = `${context.sequence}:${JSON.stringify(body)}`;
  const id = `msg_01${stableId(seed, 22)}`;
  const toolUseId = `toolu_01${stableId(`tool:${seed}`, 22)}`;
  const stopReason = plan.kind === "tool-call" ? "tool_use" : plan.finish === "length" ? "max_tokens" : "end_turn";

  if (body.stream !== true) {
    const content =
      plan.kind === "text"
        ? [{ type: "text", text: plan.text }]
        : [{ type: "tool_use", id: toolUseId, name: plan.toolName, input: plan.args }];
    const message = {
      id,
      type: "message",
      role: "assistant",
      model,
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      usage: { ...inputUsage, output_tokens: plan.completionTokens, service_tier: "standard" },
    };
    return { kind: "json", status: 200, body: message };
  }

  const frames: string[] = [];
  const startMessage = { id, type: "message", role: "assistant", model, content: [], stop_reason: null, stop_sequence: null };
  // message_start reports the input side; output_tokens here is a placeholder the real API also sends.
  const startUsage = { ...inputUsage, output_tokens: 1, service_tier: "standard" };
  frames.push(sse("message_start", { message: { ...startMessage, usage: startUsage } }));
  if (plan.kind === "text") {
    frames.push(sse("content_block_start", { index: 0, content_block: { type: "text", text: "" } }));
    frames.push(sse("ping", {}));
    for (const piece of plan.chunks) frames.push(sse("content_block_delta", { index: 0, delta: { type: "text_delta", text: piece } }));
  } else {
    const toolBlock = { type: "tool_use", id: toolUseId, name: plan.toolName, input: {} };
    frames.push(sse("content_block_start", { index: 0, content_block: toolBlock }));
    frames.push(sse("ping", {}));
    // The real API opens tool input with an empty partial_json before the fragments.
    for (const fragment of ["", ...plan.argumentFragments]) {
      frames.push(sse("content_block_delta", { index: 0, delta: { type: "input_json_delta", partial_json: fragment } }));
    }
  }
  const finishingFrameIndex = frames.length;
  frames.push(sse("content_block_stop", { index: 0 }));
  const finalDelta = { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: plan.completionTokens } };
  frames.push(sse("message_delta", finalDelta));
  frames.push(sse("message_stop", {}));
  return { kind: "stream", contentType: "text/event-stream; charset=utf-8", frames, finishingFrameIndex };
}
