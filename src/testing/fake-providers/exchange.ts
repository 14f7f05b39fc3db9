import type { IncomingMessage, ServerResponse } from "node:http";
import type { FakeReply, FormatAdapter, JsonReply, StreamReply } from "./format-adapter";
import type { FakeFault, RecordedRequest } from "./types";

export interface StreamTiming {
  chunkDelayMs: number;
  holdBeforeLastChunkMs: number;
  /** How many times releaseHeldStreams() has been called so far. */
  releaseCount: () => number;
  /** Resolves once releaseHeldStreams() is called more than `count` times in total. */
  releasedAfter: (count: number) => Promise<void>;
}

/**
 * One request/response pair. Tracks whether the socket went away so every wait can stop early,
 * and tells a client abort apart from sockets the fake destroys on purpose (faults, shutdown).
 */
export class Exchange {
  private closed = false;
  private destroyingOnPurpose = false;
  private readonly closeWaiters = new Set<() => void>();
  private lastWriteFlushed: Promise<void> = Promise.resolve();

  constructor(
    private readonly res: ServerResponse,
    readonly record: RecordedRequest,
    private readonly adapter: FormatAdapter,
    private readonly requestId: string,
    isShuttingDown: () => boolean,
  ) {
    res.on("close", () => {
      this.closed = true;
      record.completed = res.writableFinished;
      if (!res.writableFinished && !this.destroyingOnPurpose && !isShuttingDown()) record.aborted = true;
      for (const wake of this.closeWaiters) wake();
      this.closeWaiters.clear();
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  untilClosed(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.closeWaiters.add(resolve));
  }

  /** Resolves true after `ms`, or false as soon as the connection closes. */
  async sleep(ms: number): Promise<boolean> {
    if (this.closed) return false;
    if (ms <= 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const elapsed = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), ms);
    });
    const result = await Promise.race([elapsed, this.untilClosed().then(() => false)]);
    clearTimeout(timer);
    return result && !this.closed;
  }

  /** Headers every response carries, like the provider's request id. */
  private get baseHeaders(): Record<string, string> {
    return this.adapter.requestIdHeader ? { [this.adapter.requestIdHeader]: this.requestId } : {};
  }

  sendJson(reply: JsonReply): void {
    if (this.closed) return;
    const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    this.record.status = reply.status;
    this.res.writeHead(reply.status, {
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(text)),
      ...this.baseHeaders,
      ...reply.headers,
    });
    this.res.end(text);
  }

  /**
   * Like a real upstream dying: the client sees a terminated connection. Waits for what was
   * already written to reach the socket, so "after N chunks" means the client gets exactly N.
   */
  async destroy(): Promise<void> {
    await this.lastWriteFlushed;
    this.destroyingOnPurpose = true;
    this.res.destroy();
  }

  async deliver(reply: FakeReply, fault: FakeFault | null, timing: StreamTiming): Promise<void> {
    if (reply.kind === "json") return this.deliverJson(reply, fault);
    return this.deliverStream(reply, fault, timing);
  }

  private async deliverJson(reply: JsonReply, fault: FakeFault | null): Promise<void> {
    // Content faults only make sense on successful answers; validation errors go out untouched.
    if (reply.status !== 200 || !fault) return this.sendJson(reply);
    const text = JSON.stringify(reply.body);
    switch (fault.kind) {
      case "malformed-json":
        return this.sendJson({ ...reply, body: text.slice(0, Math.floor(text.length / 2)) });
      case "drop-mid-stream": {
        this.record.status = 200;
        this.res.writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "content-length": String(Buffer.byteLength(text)),
          ...this.baseHeaders,
        });
        this.write(text.slice(0, Math.floor(text.length / 2)));
        return this.destroy();
      }
      case "stream-error-event":
        return this.sendJson(this.adapter.errorReply(this.adapter.overloadedStatus, { requestId: this.requestId }));
      default:
        return this.sendJson(reply);
    }
  }

  private async deliverStream(reply: StreamReply, fault: FakeFault | null, timing: StreamTiming): Promise<void> {
    if (this.closed) return;
    this.record.status = 200;
    this.res.writeHead(200, {
      "content-type": reply.contentType,
      "cache-control": "no-cache",
      connection: "keep-alive",
      ...this.baseHeaders,
    });
    // Headers go out now so the client sees the stream open before the first frame.
    this.res.flushHeaders();
    const { frames } = reply;
    // A release that happens while this stream is still early must not be missed later on.
    const releasesBefore = timing.releaseCount();
    for (let index = 0; index < frames.length; index++) {
      if (fault?.kind === "drop-mid-stream" && index >= fault.afterChunks) return this.destroy();
      if (fault?.kind === "stream-error-event" && index >= (fault.afterChunks ?? 2)) {
        return this.finish(this.adapter.midStreamErrorFrame());
      }
      if (fault?.kind === "malformed-json" && index >= 1) return this.finish(this.adapter.malformedFrame());
      if (index > 0 && !(await this.sleep(timing.chunkDelayMs))) return;
      const isFinishing = index === reply.finishingFrameIndex && index > 0;
      if (isFinishing && !(await this.holdBeforeLast(fault, timing, releasesBefore))) return;
      this.write(frames[index] ?? "");
    }
    this.finish();
  }

  private async holdBeforeLast(fault: FakeFault | null, timing: StreamTiming, releasesBefore: number): Promise<boolean> {
    if (!(await this.sleep(timing.holdBeforeLastChunkMs))) return false;
    if (fault?.kind !== "hold-before-last-chunk") return true;
    if (fault.ms !== undefined) return this.sleep(fault.ms);
    await Promise.race([timing.releasedAfter(releasesBefore), this.untilClosed()]);
    return !this.closed;
  }

  private write(frame: string): void {
    if (this.closed) return;
    this.lastWriteFlushed = new Promise((resolve) => this.res.write(frame, () => resolve()));
    this.record.chunksWritten++;
  }

  private finish(lastFrame?: string): void {
    if (this.closed) return;
    if (lastFrame !== undefined) this.write(lastFrame);
    this.res.end();
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of req) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  } catch {
    // Client vanished while uploading; whatever arrived is all there is.
  }
  return Buffer.concat(chunks).toString("utf8");
}
