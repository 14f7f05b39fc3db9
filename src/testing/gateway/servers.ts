import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { handleFetchGatewayRequest } from "@/server/gateway/http/fetch-adapter";
import { handleNodeGatewayRequest } from "@/server/gateway/http/node-adapter";

export type RunningGateway = { name: "node fast path" | "fetch route handler"; baseUrl: string; close: () => Promise<void> };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

function closer(server: Server) {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/** The production server's node:http fast path, alone. */
export async function startNodeGateway(): Promise<RunningGateway> {
  const server = createServer((req, res) => void handleNodeGatewayRequest(req, res));
  return { name: "node fast path", baseUrl: await listen(server), close: closer(server) };
}

/**
 * The Fetch-API adapter that Next's /v1 route handlers call, behind a minimal node→Request bridge (what Next
 * itself does before a route handler runs).
 */
export async function startFetchGateway(): Promise<RunningGateway> {
  const server = createServer((req, res) => void bridge(req, res));
  return { name: "fetch route handler", baseUrl: await listen(server), close: closer(server) };
}

async function bridge(req: IncomingMessage, res: ServerResponse) {
  const abort = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) abort.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const request = new Request(`http://${req.headers.host}${req.url}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal: abort.signal,
    // @ts-expect-error Node's fetch needs duplex for streamed request bodies; the DOM typings do not know it.
    duplex: "half",
  });
  const response = await handleFetchGatewayRequest(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  } catch {
    // The client went away.
  }
  res.end();
}
