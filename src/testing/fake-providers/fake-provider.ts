import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { anthropicFormat } from "./anthropic-format";
import { Exchange, readBody, type StreamTiming } from "./exchange";
import { FaultSchedule, parseFault } from "./fault-schedule";
import type { FormatAdapter, HandlerContext, ParsedRequest } from "./format-adapter";
import { googleFormat } from "./google-format";
import { openAiFormat } from "./openai-format";
import { stableId } from "./reply-planner";
import type { FakeFault, FakeProvider, FakeProviderFormat, FakeProviderOptions, RecordedRequest } from "./types";

const ADAPTERS: Record<FakeProviderFormat, FormatAdapter> = {
  openai: openAiFormat,
  anthropic: anthropicFormat,
  google: googleFormat,
};

/** Routes for driving a fake that runs in another process (CLI, benchmark); never recorded. */
const CONTROL_PREFIX = "/__fake/";

/** Starts a fake provider on 127.0.0.1 that speaks `options.format`'s real wire protocol. */
export async function startFakeProvider(options: FakeProviderOptions): Promise<FakeProvider> {
  const adapter = ADAPTERS[options.format];
  const requests: RecordedRequest[] = [];
  const faults = new FaultSchedule();
  const promptCache = new Set<string>();
  let sequence = 0;
  let shuttingDown = false;

  let releaseCount = 0;
  const releaseWaiters = new Set<{ after: number; wake: () => void }>();
  const releaseHeldStreams = (): void => {
    releaseCount += 1;
    for (const waiter of releaseWaiters) if (releaseCount > waiter.after) waiter.wake();
  };

  const timing: StreamTiming = {
    chunkDelayMs: options.chunkDelayMs ?? 5,
    holdBeforeLastChunkMs: options.holdBeforeLastChunkMs ?? 0,
    releaseCount: () => releaseCount,
    releasedAfter: (after) =>
      releaseCount > after
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const waiter = {
              after,
              wake: () => {
                releaseWaiters.delete(waiter);
                resolve();
              },
            };
            releaseWaiters.add(waiter);
          }),
  };

  const provider = {
    format: options.format,
    requests,
    setFault: (fault: FakeFault | null) => faults.setSticky(fault),
    setFaults: (list: ReadonlyArray<FakeFault | null>) => faults.setQueue(list),
    releaseHeldStreams,
    waitFor,
    reset(): void {
      requests.length = 0;
      faults.clear();
      promptCache.clear();
      releaseHeldStreams();
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      const { body } = parseJsonBody(await readBody(req));
      return handleControl(url.pathname.slice(CONTROL_PREFIX.length), body, res);
    }

    // Captured now: other requests may bump the counter while this one is still uploading.
    const requestNumber = ++sequence;
    const requestId = `req_${stableId(`request:${requestNumber}`, 24)}`;
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: undefined,
      rawBody: "",
      fault: null,
      chunksWritten: 0,
      completed: false,
      aborted: false,
      receivedAt: Date.now(),
    };
    // Watch the socket before reading the body, so a client that gives up mid-upload still counts as aborted.
    const exchange = new Exchange(res, record, adapter, requestId, () => shuttingDown);
    record.rawBody = await readBody(req);
    const { body, invalid } = parseJsonBody(record.rawBody);
    record.body = body;
    requests.push(record);
    if (exchange.isClosed) return;

    const parsed: ParsedRequest = {
      method: record.method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: invalid ? undefined : body,
      bodyIsInvalidJson: invalid,
    };
    const authError = adapter.authenticate(parsed, options.apiKey, requestId);
    if (authError) return exchange.sendJson(authError);

    const fault = faults.take(url.pathname);
    record.fault = fault;
    if (fault?.kind === "hang") return exchange.untilClosed();
    if (fault?.kind === "delay" && !(await exchange.sleep(fault.ms))) return;
    if (fault?.kind === "status") {
      if (fault.body === undefined) {
        const overrides = { message: fault.message, retryAfter: fault.retryAfter, requestId };
        return exchange.sendJson(adapter.errorReply(fault.status, overrides));
      }
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
      return exchange.sendJson({ kind: "json", status: fault.status, body: fault.body, headers });
    }

    const context: HandlerContext = {
      sequence: requestNumber,
      requestId,
      wordsPerChunk: Math.max(1, options.wordsPerChunk ?? 3),
      models: options.models,
      promptCache,
    };
    await exchange.deliver(adapter.handle(parsed, context), fault, timing);
  }

  function handleControl(command: string, body: unknown, res: ServerResponse): void {
    const reply = (status: number, payload: unknown): void => {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    };
    try {
      if (command === "fault") provider.setFault(parseFault(body ?? null));
      else if (command === "faults") provider.setFaults((Array.isArray(body) ? body : []).map(parseFault));
      else if (command === "release") releaseHeldStreams();
      else if (command === "reset") provider.reset();
      else if (command === "requests") return reply(200, requests);
      else return reply(404, { error: `unknown control command ${command}` });
      reply(200, { ok: true });
    } catch (error) {
      reply(400, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function waitFor(predicate: (list: readonly RecordedRequest[]) => boolean, timeoutMs = 2000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(requests)) {
      if (Date.now() > deadline) throw new Error(`fake ${options.format} provider: condition not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the fake must surface loudly in the test that hit it, not hang it.
      console.error(`fake ${options.format} provider crashed on ${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" }).end("fake provider crashed");
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  async function close(): Promise<void> {
    shuttingDown = true;
    releaseHeldStreams();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Hanging and held requests would otherwise keep close() (and the test process) waiting forever.
    server.closeAllConnections();
    await closed;
  }

  return { ...provider, port, origin, baseUrl: origin + adapter.basePath, close };
}

function parseJsonBody(raw: string): { body: unknown; invalid: boolean } {
  if (raw.trim() === "") return { body: undefined, invalid: false };
  try {
    return { body: JSON.parse(raw) as unknown, invalid: false };
  } catch {
    return { body: raw, invalid: true };
  }
}
