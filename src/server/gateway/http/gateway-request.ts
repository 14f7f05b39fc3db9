// The framework-neutral shape of one HTTP exchange, so the same pipeline serves the production server's
// node:http fast path and Next.js route handlers (see node-adapter.ts and fetch-adapter.ts).

import type { KeyRecord } from "../auth/api-key-cache";

export type HeaderMap = Readonly<Record<string, string | undefined>>;

export interface GatewayRequest {
  method: string;
  /** Path without the query string, e.g. /v1/chat/completions. */
  path: string;
  /** Lower-case header names. */
  headers: HeaderMap;
  /** Reads the body, failing with 413 past `limitBytes` without buffering the rest. */
  readBody(limitBytes: number): Promise<Buffer>;
  /** Aborted when the client goes away before the response has finished. */
  signal: AbortSignal;
  /**
   * Already authenticated by the caller (the dashboard playground, on the signed-in user's session): no API key is
   * read from the headers.
   */
  principal?: KeyRecord;
}

export interface ResponseSink {
  /** Sends status and headers; may be called once. */
  start(status: number, headers: Record<string, string>): void;
  /** Writes a piece of the body; resolves when the client can take more (backpressure). */
  write(chunk: string | Uint8Array): Promise<void>;
  end(chunk?: string | Uint8Array): void;
  readonly started: boolean;
}
