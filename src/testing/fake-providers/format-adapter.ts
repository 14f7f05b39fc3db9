import type { IncomingHttpHeaders } from "node:http";

/** A complete (non-streamed) answer. */
export interface JsonReply {
  kind: "json";
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A streamed answer, already rendered into wire frames (one write per frame). */
export interface StreamReply {
  kind: "stream";
  contentType: string;
  frames: string[];
  /**
   * Index of the first frame that finishes the answer (OpenAI finish_reason chunk, Anthropic
   * content_block_stop, Gemini's final chunk); "hold before last chunk" pauses in front of it.
   */
  finishingFrameIndex: number;
}

export type FakeReply = JsonReply | StreamReply;

export interface ParsedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or undefined when the body was empty or not JSON (see `bodyIsInvalidJson`). */
  body: unknown;
  bodyIsInvalidJson: boolean;
}

export interface HandlerContext {
  /** 1-based request number on this fake, part of the seed for ids. */
  sequence: number;
  requestId: string;
  wordsPerChunk: number;
  /** Allow-list from the options; undefined means any model is served. */
  models: readonly string[] | undefined;
  /** Anthropic prompt-cache prefixes already written (first use = creation, later = read). */
  promptCache: Set<string>;
}

export interface ErrorOverrides {
  message?: string;
  retryAfter?: number;
  requestId: string;
}

/** Everything that differs between providers; the server core stays format-agnostic. */
export interface FormatAdapter {
  /** Appended to the origin to form the base URL SDKs expect. */
  readonly basePath: string;
  /** Header that carries the request id on every response, when the provider has one. */
  readonly requestIdHeader: string | undefined;
  /** Status used when a stream-error-event fault hits a non-streamed request. */
  readonly overloadedStatus: number;
  /** Null when the credentials are acceptable; otherwise the provider's own auth error. */
  authenticate(request: ParsedRequest, expectedKey: string | undefined, requestId: string): JsonReply | null;
  handle(request: ParsedRequest, context: HandlerContext): FakeReply;
  /** The provider's real error body for an HTTP status. */
  errorReply(status: number, overrides: ErrorOverrides): JsonReply;
  /** What the provider sends when it fails after the stream started. */
  midStreamErrorFrame(): string;
  /** A frame whose data is not valid JSON. */
  malformedFrame(): string;
}
