import type { ChatCompletion, ChatCompletionChunk } from "@/server/providers";
import { applyChunk, applyCompletion, chunkHasOutput, readError, type AnswerState } from "./answer-state";
import type { ChatRequestBody } from "./playground-request";
import { sseData } from "./sse-data";

export const PLAYGROUND_ENDPOINT = "/api/playground/chat/completions";

type Update = (change: (state: AnswerState) => AnswerState) => void;

/**
 * Sends one request through the playground endpoint (the session cookie pays, on the given project) and reports the
 * answer as it streams. Never throws: every outcome — stopped, refused, broken mid-stream — ends in the state.
 */
export async function streamAnswer(input: { projectId: string; body: ChatRequestBody; signal: AbortSignal; update: Update }): Promise<void> {
  const { update, signal } = input;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  // Times are taken when things happen, not when React gets round to applying the update.
  const finish = (change: (state: AnswerState) => AnswerState) => {
    const latencyMs = elapsed();
    update((state) => ({ ...change(state), latencyMs }));
  };
  try {
    const response = await fetch(PLAYGROUND_ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", "x-switchboard-project": input.projectId },
      body: JSON.stringify(input.body),
      signal,
    });
    update((state) => ({
      ...state,
      requestId: response.headers.get("x-request-id"),
      provider: response.headers.get("x-switchboard-provider"),
      providerModel: response.headers.get("x-switchboard-provider-model"),
      cacheStatus: response.headers.get("x-switchboard-cache"),
    }));
    if (!response.ok || !response.body) {
      const body: unknown = await response.json().catch(() => null);
      return finish((state) => ({ ...state, status: "error", error: readError(response.status, body) }));
    }
    if (!(response.headers.get("content-type") ?? "").includes("text/event-stream")) {
      const completion = (await response.json()) as ChatCompletion;
      const ttftMs = elapsed();
      return finish((state) => ({ ...applyCompletion(state, completion), status: "done", ttftMs }));
    }
    for await (const data of sseData(response.body)) {
      if (data === "[DONE]") return finish((state) => ({ ...state, status: "done" }));
      const event = JSON.parse(data) as ChatCompletionChunk | { error: unknown };
      // A failure after the stream started arrives as a final error event instead of [DONE].
      if ("error" in event) return finish((state) => ({ ...state, status: "error", error: readError(null, event) }));
      const at = chunkHasOutput(event) ? elapsed() : null;
      update((state) => ({ ...applyChunk(state, event), ttftMs: state.ttftMs ?? at }));
    }
    finish((state) => ({ ...state, status: "error", error: { status: null, message: "The stream ended before the answer was complete.", code: null } }));
  } catch (error) {
    if (signal.aborted) return finish((state) => ({ ...state, status: "stopped" }));
    const message = error instanceof Error ? error.message : String(error);
    finish((state) => ({ ...state, status: "error", error: { status: null, message: `The connection failed: ${message}`, code: null } }));
  }
}
