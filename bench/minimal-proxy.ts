// The floor for any Node.js gateway: a plain node:http server that reads the request body and forwards it to one
// upstream over a keep-alive undici pool, piping the answer back unchanged (status, content-type, body bytes as
// they arrive). No auth, no parsing, no logging. Prints one JSON line `{"ready":true,...}` when listening and exits
// when its parent goes away (stdin closes) or on SIGTERM/SIGINT.
//   node --import tsx bench/minimal-proxy.ts --upstream http://127.0.0.1:4010 [--port 0] [--client fetch|request]
// `--client fetch` (default) is the "minimal fetch-and-pipe proxy" (performance-notes.md's "bare proxy");
// `--client request` forwards with undici.request, as the gateway itself does: a stricter floor.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { Agent, fetch as undiciFetch, request } from "undici";

const { values } = parseArgs({
  options: {
    upstream: { type: "string" },
    port: { type: "string", default: "0" },
    client: { type: "string", default: "fetch" },
  },
});
if (!values.upstream) throw new Error("--upstream <origin> is required");
const upstreamOrigin = values.upstream.replace(/\/+$/, "");
const useFetch = values.client === "fetch";

// Same pool settings as the gateway's upstream client (src/server/gateway/upstream/send-upstream.ts).
const dispatcher = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000, connections: 256 });

function forwardedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ["content-type", "authorization", "accept"]) {
    const value = req.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const abort = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) abort.abort();
  });
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
  const url = upstreamOrigin + (req.url ?? "/");
  if (useFetch) {
    const answer = await undiciFetch(url, { method: req.method, headers: forwardedHeaders(req), body, signal: abort.signal, dispatcher });
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/octet-stream" });
    if (!answer.body) return void res.end();
    await pipeline(Readable.fromWeb(answer.body as import("node:stream/web").ReadableStream), res);
    return;
  }
  const answer = await request(url, { method: req.method as "POST", headers: forwardedHeaders(req), body, signal: abort.signal, dispatcher });
  const contentType = answer.headers["content-type"];
  res.writeHead(answer.statusCode, { "content-type": typeof contentType === "string" ? contentType : "application/octet-stream" });
  await pipeline(answer.body, res);
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end("upstream failed");
    else res.destroy();
  });
});
server.keepAliveTimeout = 65_000;
await new Promise<void>((resolve) => server.listen(Number(values.port), "127.0.0.1", resolve));

let closing = false;
function shutdown(): void {
  if (closing) return;
  closing = true;
  const force = setTimeout(() => process.exit(0), 2000);
  force.unref();
  server.closeAllConnections();
  server.close(() => void dispatcher.close().finally(() => process.exit(0)));
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
process.stdin.on("end", shutdown).on("close", shutdown).resume();

const { port } = server.address() as AddressInfo;
console.log(JSON.stringify({ ready: true, url: `http://127.0.0.1:${port}`, pid: process.pid, client: useFetch ? "fetch" : "request" }));
