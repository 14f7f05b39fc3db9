import type { IncomingHttpHeaders } from "node:http";

export type FakeProviderFormat = "openai" | "anthropic" | "google";

/**
 * Optional limits shared by every fault. `times` bounds how many requests the fault
 * affects (setFault: default unlimited; setFaults queue entries: default 1), and
 * `pathIncludes` lets a test break e.g. only chat calls while model listing keeps working.
 */
export interface FaultScope {
  times?: number;
  pathIncludes?: string;
}

export type FakeFault = FaultScope &
  (
    | {
        kind: "status";
        status: number;
        /** Replaces the provider-shaped error body entirely (string = sent verbatim). */
        body?: unknown;
        /** Replaces only the message inside the provider-shaped error body. */
        message?: string;
        /** Seconds; sent as Retry-After (Google reports it as a RetryInfo detail instead, like the real API). */
        retryAfter?: number;
      }
    | { kind: "delay"; ms: number }
    | { kind: "drop-mid-stream"; afterChunks: number }
    | { kind: "malformed-json" }
    | { kind: "hang" }
    | { kind: "stream-error-event"; afterChunks?: number }
    /**
     * Pauses a stream in front of the frame that finishes the answer (OpenAI finish_reason chunk,
     * Anthropic content_block_stop, Gemini final chunk). Without `ms` it waits for `releaseHeldStreams()`.
     */
    | { kind: "hold-before-last-chunk"; ms?: number }
  );

export type FakeFaultKind = FakeFault["kind"];

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
  rawBody: string;
  /** The fault that was applied to this request, if any. */
  fault: FakeFault | null;
  /** Status code sent, once headers went out. */
  status?: number;
  /** Body writes so far: one per frame (SSE event) for streamed replies. */
  chunksWritten: number;
  /** The response was fully written. */
  completed: boolean;
  /** The client went away before the response was complete (not counting sockets the fake destroyed itself). */
  aborted: boolean;
  receivedAt: number;
}

export interface FakeProviderOptions {
  format: FakeProviderFormat;
  /** 0 (default) picks a free port. */
  port?: number;
  /** When set, only this key is accepted; otherwise any non-empty key is. */
  apiKey?: string;
  /** Gap between stream frames, so tests can observe incremental delivery. Default 5. */
  chunkDelayMs?: number;
  /** Extra wait before the finishing frame of every stream (see the hold-before-last-chunk fault). Default 0. */
  holdBeforeLastChunkMs?: number;
  /** Words of reply text per content chunk. Default 3. */
  wordsPerChunk?: number;
  /** When set, these are listed by the models endpoint and any other model gets the provider's 404. */
  models?: string[];
}

export interface FakeProvider {
  readonly format: FakeProviderFormat;
  /** What a client SDK uses as its base URL (openai: `.../v1`; others: the origin). */
  readonly baseUrl: string;
  readonly origin: string;
  readonly port: number;
  /** Live list: entries are appended as requests arrive and updated while they are answered. */
  readonly requests: RecordedRequest[];
  /** Sticky fault for the following requests (bounded by `times`); null clears it. */
  setFault(fault: FakeFault | null): void;
  /** Queue consumed one entry per request before the sticky fault; a null entry means "answer normally". */
  setFaults(faults: ReadonlyArray<FakeFault | null>): void;
  /** Lets streams held by a `hold-before-last-chunk` fault without `ms` finish. */
  releaseHeldStreams(): void;
  /** Resolves once the predicate holds for the recorded requests; rejects after the timeout. */
  waitFor(predicate: (requests: readonly RecordedRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Clears recorded requests, faults and prompt-cache state. */
  reset(): void;
  close(): Promise<void>;
}
