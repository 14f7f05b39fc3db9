import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient, ErrorReply, MultiErrorReply, RESP_TYPES } from "redis";
import { LuaScriptRewriter } from "./lua-scripts";

// Test infrastructure: Upstash's REST protocol in front of a real redis-server, so @upstash/redis runs unchanged
// in tests. For self-hosting in production, Upstash's own "serverless-redis-http" (SRH) does this job.
//   POST /            ["SET","k","v"]            → {"result": "OK"}           | {"error": "..."} (400)
//   POST /pipeline    [["GET","k"],["INCR","n"]] → [{"result":…},{"error":…}] (independent commands, in order)
//   POST /multi-exec  same body                  → same shape, run as MULTI/EXEC (a queuing error fails it whole)
// `Authorization: Bearer <token>` is required (401 otherwise). With `Upstash-Encoding: base64` (what @upstash/redis
// sends by default) every string in a result is base64 of its bytes, recursively inside arrays.

export type UpstashRestServer = { url: string; token: string; close(): Promise<void> };

export type UpstashRestServerOptions = { redisUrl: string; token?: string };

type Command = string[];
type Outcome = { result: unknown } | { error: string };

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export async function startUpstashRestServer(options: UpstashRestServerOptions): Promise<UpstashRestServer> {
  const token = options.token ?? randomBytes(24).toString("base64url");
  const client = createClient({ url: options.redisUrl });
  // The client reconnects by itself when Redis restarts; until then commands wait in its offline queue, which is
  // what a slow or dead Upstash looks like to the app (requests that hang until the caller's timeout).
  client.on("error", () => {});
  await client.connect();
  // Buffers, not strings: binary values must reach the client byte for byte (base64 of the exact bytes).
  const redis = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const scripts = new LuaScriptRewriter();

  const run = async (command: Command): Promise<unknown> => {
    const { command: rewritten, mapReply } = scripts.rewrite(command);
    return mapReply(await redis.sendCommand(rewritten));
  };

  const runMulti = async (commands: Command[]): Promise<Outcome[]> => {
    const multi = redis.multi();
    const mappers = commands.map((command) => {
      const { command: rewritten, mapReply } = scripts.rewrite(command);
      multi.addCommand(rewritten);
      return mapReply;
    });
    try {
      const replies: unknown[] = await multi.exec();
      return replies.map((reply, i) => ({ result: mappers[i]?.(reply) }));
    } catch (error) {
      // Runtime errors of single commands inside EXEC: the others did run, as in Redis.
      if (!(error instanceof MultiErrorReply)) throw error;
      return error.replies.map((reply, i) => (reply instanceof ErrorReply ? { error: reply.message } : { result: mappers[i]?.(reply) }));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => respond(res, 500, { error: (error as Error).message }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAuthorized(req.headers.authorization, token)) return respond(res, 401, { error: "Unauthorized" });
    if (req.method !== "POST") return respond(res, 405, { error: "Method not allowed" });
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const encode = (outcome: Outcome): Outcome => ("result" in outcome ? { result: encodeReply(outcome.result, base64) } : outcome);
    const body = parseJson(await readBody(req));
    const route = (req.url ?? "/").split("?")[0]?.replace(/\/+$/, "") ?? "";

    if (route === "") {
      const command = toCommand(body);
      if (!command) return respond(res, 400, { error: "ERR the body must be a JSON array: a command and its arguments" });
      const outcome = await settle(() => run(command));
      return respond(res, "error" in outcome ? 400 : 200, encode(outcome));
    }
    if (route === "/pipeline" || route === "/multi-exec") {
      const commands = Array.isArray(body) ? body.map(toCommand) : [];
      if (commands.length === 0 || commands.some((command) => command === undefined)) {
        return respond(res, 400, { error: "ERR the body must be a non-empty JSON array of commands" });
      }
      const valid = commands as Command[];
      if (route === "/pipeline") {
        // Sent together on one connection, so Redis runs them in order, as Upstash does.
        const outcomes = await Promise.all(valid.map((command) => settle(() => run(command))));
        return respond(res, 200, outcomes.map(encode));
      }
      const outcome = await settle(() => runMulti(valid));
      if ("error" in outcome) return respond(res, 400, outcome);
      return respond(res, 200, (outcome.result as Outcome[]).map(encode));
    }
    return respond(res, 404, { error: `Not found: ${route}` });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      client.destroy();
      await closed;
    },
  };
}

async function settle(operation: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { result: await operation() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function isAuthorized(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Upstash accepts numbers and booleans as arguments (the client sends them unquoted); Redis wants strings. */
function toCommand(value: unknown): Command | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const command: Command = [];
  for (const part of value) {
    if (typeof part === "string") command.push(part);
    else if (typeof part === "number" || typeof part === "boolean") command.push(String(part));
    else return undefined;
  }
  return command;
}

function encodeReply(reply: unknown, base64: boolean): unknown {
  if (Buffer.isBuffer(reply)) return base64 ? reply.toString("base64") : reply.toString("utf8");
  if (typeof reply === "string") return base64 ? Buffer.from(reply).toString("base64") : reply;
  if (Array.isArray(reply)) return reply.map((item) => encodeReply(item, base64));
  if (reply instanceof ErrorReply) return reply.message;
  return reply ?? null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("ERR request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function respond(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}
