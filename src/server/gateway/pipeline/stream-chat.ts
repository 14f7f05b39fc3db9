import { createParser, type EventSourceMessage } from "eventsource-parser";
import { UpstreamStreamError, type ChatCompletionChunk, type ChatCompletionRequest, type ChatResponseContext, type ProviderAdapter } from "../../providers";
import { GatewayError } from "../errors";
import { estimateUsage, meter } from "../metering/usage";
import type { Candidate } from "../routing/candidates";
import type { UpstreamResponse } from "../upstream/send-upstream";
import type { AttemptResult } from "./chat-attempt";
import { elapsedMs, type ExchangeContext } from "./respond";

type StreamInput = {
  adapter: ProviderAdapter;
  candidate: Candidate;
  chatRequest: ChatCompletionRequest;
  responseContext: ChatResponseContext;
  body: UpstreamResponse["body"];
  headers: Record<string, string>;
  /** Keep the SSE text that was sent, for the response cache. */
  collect: boolean;
};

export const SSE_HEADERS = { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" };

const sse = (chunks: ChatCompletionChunk[]) => chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join("");

/**
 * Relays an upstream SSE stream as OpenAI chunks, each written the moment it is transformed. Headers go out with
 * the first chunk, so an upstream that fails before producing anything still gets a plain JSON error (and, with
 * routing, another provider). A failure after that becomes an SSE error event: never a silently truncated success.
 */
export async function streamChatCompletion(exchange: ExchangeContext, input: StreamInput): Promise<AttemptResult> {
  const { sink } = exchange;
  const transformer = input.adapter.createChatStreamTransformer(input.responseContext);
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  let completionText = "";
  let ttftMs: number | null = null;
  let sent = "";
  const headers = { ...SSE_HEADERS, "x-request-id": exchange.requestId, ...input.headers };

  const forward = async (chunks: ChatCompletionChunk[]) => {
    if (chunks.length === 0) return;
    if (!sink.started) {
      sink.start(200, headers);
      ttftMs = elapsedMs(exchange);
    }
    for (const chunk of chunks) for (const choice of chunk.choices) completionText += choice.delta.content ?? "";
    const text = sse(chunks);
    if (input.collect) sent += text;
    await sink.write(text);
  };

  try {
    for await (const bytes of input.body) {
      parser.feed(decoder.decode(bytes as Uint8Array, { stream: true }));
      // Every event of one upstream read leaves in one write (one syscall), as soon as that read is transformed.
      const chunks: ChatCompletionChunk[] = [];
      try {
        for (const event of pending) chunks.push(...transformer.push(event.event === undefined ? { data: event.data } : { event: event.event, data: event.data }));
      } finally {
        // What came before an upstream error event still goes out first, as it did event by event.
        pending.length = 0;
        await forward(chunks);
      }
    }
  } catch (error) {
    if (exchange.request.signal.aborted) {
      // What the provider produced before the client left is still owed: estimated from the text relayed so far.
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), {
        partial: meter(input.candidate.offering, estimateUsage(input.chatRequest, completionText), true),
      });
    }
    const failure =
      error instanceof UpstreamStreamError
        ? new GatewayError(error.error.status, error.error.message, error.error.type, error.error.code, error.error.param)
        : error instanceof GatewayError
          ? error
          : new GatewayError(502, `The connection to ${input.candidate.providerName} broke during the stream.`, "upstream_error", "upstream_stream_interrupted");
    throw failure;
  }
  const summary = transformer.finish();
  await forward(summary.chunks);
  if (summary.finishReason === null) {
    throw new GatewayError(502, `${input.candidate.providerName} ended the stream before the response was complete.`, "upstream_error", "upstream_stream_incomplete");
  }
  if (!sink.started) sink.start(200, headers);
  sink.end("data: [DONE]\n\n");
  const metered = meter(input.candidate.offering, summary.usage ?? estimateUsage(input.chatRequest, completionText), summary.usage === null);
  return { status: 200, metered, finishReason: summary.finishReason, ttftMs, replay: { kind: "sse", events: sent } };
}
