import type { ChatCompletion, ChatCompletionChunk, CompletionUsage } from "@/server/providers";

// One model's answer in the playground, built up chunk by chunk. Pure functions, so the streaming hook stays a thin
// loop and every transition is testable without a browser.

export type AnswerStatus = "waiting" | "streaming" | "done" | "stopped" | "error";
export type ToolCallView = { id: string; name: string; arguments: string };
export type AnswerError = { status: number | null; message: string; code: string | null };
export type AnswerUsage = { promptTokens: number; completionTokens: number; cachedTokens: number; cacheWriteTokens: number; reasoningTokens: number };

export type AnswerState = {
  model: string;
  status: AnswerStatus;
  text: string;
  reasoning: string;
  toolCalls: ToolCallView[];
  finishReason: string | null;
  usage: AnswerUsage | null;
  error: AnswerError | null;
  requestId: string | null;
  provider: string | null;
  providerModel: string | null;
  cacheStatus: string | null;
  /** Measured in the browser from pressing Send: what the user waited, network included. */
  ttftMs: number | null;
  latencyMs: number | null;
};

export function initialAnswer(model: string): AnswerState {
  return {
    model,
    status: "waiting",
    text: "",
    reasoning: "",
    toolCalls: [],
    finishReason: null,
    usage: null,
    error: null,
    requestId: null,
    provider: null,
    providerModel: null,
    cacheStatus: null,
    ttftMs: null,
    latencyMs: null,
  };
}

export function readUsage(usage: CompletionUsage): AnswerUsage {
  return {
    promptTokens: usage.prompt_tokens ?? 0,
    completionTokens: usage.completion_tokens ?? 0,
    cachedTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
    cacheWriteTokens: usage.prompt_tokens_details?.cache_write_tokens ?? 0,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens ?? 0,
  };
}

/** True once the chunk carried something the user can see (for time to first token). */
export function chunkHasOutput(chunk: ChatCompletionChunk): boolean {
  return (chunk.choices ?? []).some(({ delta }) => Boolean(delta?.content || delta?.reasoning_content || delta?.tool_calls?.length || delta?.refusal));
}

export function applyChunk(state: AnswerState, chunk: ChatCompletionChunk): AnswerState {
  const next: AnswerState = { ...state, status: "streaming" };
  if (chunk.usage) next.usage = readUsage(chunk.usage);
  // The playground never asks for n > 1, so the first choice is the answer.
  const choice = chunk.choices?.find((candidate) => candidate.index === 0);
  if (!choice) return next;
  const delta = choice.delta ?? {};
  if (delta.content) next.text += delta.content;
  if (delta.refusal) next.text += delta.refusal;
  if (delta.reasoning_content) next.reasoning += delta.reasoning_content;
  if (delta.tool_calls?.length) {
    const calls = [...state.toolCalls];
    for (const call of delta.tool_calls) {
      const previous = calls[call.index] ?? { id: "", name: "", arguments: "" };
      calls[call.index] = {
        id: call.id ?? previous.id,
        name: previous.name + (call.function?.name ?? ""),
        arguments: previous.arguments + (call.function?.arguments ?? ""),
      };
    }
    next.toolCalls = calls.filter(Boolean);
  }
  if (choice.finish_reason) next.finishReason = choice.finish_reason;
  return next;
}

/** A whole (non-streamed) completion, as a cache or a proxy might return one. */
export function applyCompletion(state: AnswerState, completion: ChatCompletion): AnswerState {
  const message = completion.choices?.[0]?.message;
  return {
    ...state,
    text: message?.content ?? message?.refusal ?? "",
    reasoning: message?.reasoning_content ?? "",
    toolCalls: (message?.tool_calls ?? []).map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments })),
    finishReason: completion.choices?.[0]?.finish_reason ?? null,
    usage: completion.usage ? readUsage(completion.usage) : null,
  };
}

/** The gateway's `{error: {message, code}}` envelope (as a body or a final SSE event), or a stand-in when it is not one. */
export function readError(status: number | null, body: unknown): AnswerError {
  const error = typeof body === "object" && body !== null && "error" in body ? (body as { error: unknown }).error : null;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    const { message, code } = error as { message: string; code?: unknown };
    return { status, message, code: typeof code === "string" ? code : null };
  }
  return { status, message: status ? `The request failed with HTTP ${status}.` : "The request failed.", code: null };
}
