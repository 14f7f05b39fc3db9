import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { Redis } from "@upstash/redis";
import { startRedisServer, type RedisServer } from "./start-redis-server";
import { startUpstashRestServer, type UpstashRestServer } from "./upstash-rest-server";

// The shim itself: the REST protocol as @upstash/redis and curl see it.

let redis: RedisServer | undefined;
let rest: UpstashRestServer | undefined;

before(async () => {
  redis = await startRedisServer();
  rest = await startUpstashRestServer({ redisUrl: redis.url });
});

after(async () => {
  await rest?.close();
  await redis?.stop();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  assert.ok(rest);
  const response = await fetch(rest.url + path, {
    method: "POST",
    headers: { authorization: `Bearer ${rest.token}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

const base64 = (text: string) => Buffer.from(text).toString("base64");

describe("Upstash REST shim", { timeout: 20_000 }, () => {
  test("refuses requests without the bearer token", async () => {
    assert.ok(rest);
    for (const authorization of [undefined, "Bearer wrong", rest.token]) {
      const response: Response = await fetch(rest.url, { method: "POST", headers: authorization ? { authorization } : {}, body: '["PING"]' });
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), { error: "Unauthorized" });
    }
  });

  test("runs one command; results are plain JSON, or base64 with Upstash-Encoding", async () => {
    assert.deepEqual(await post("/", ["SET", "shim:text", "héllo 🧪", "PX", 60_000]), { status: 200, json: { result: "OK" } });
    assert.deepEqual(await post("/", ["GET", "shim:text"]), { status: 200, json: { result: "héllo 🧪" } });
    assert.deepEqual(await post("/", ["GET", "shim:text"], { "upstash-encoding": "base64" }), { status: 200, json: { result: base64("héllo 🧪") } });
    assert.deepEqual(await post("/", ["INCRBY", "shim:n", 5]), { status: 200, json: { result: 5 } });
    assert.deepEqual(await post("/", ["GET", "shim:missing"], { "upstash-encoding": "base64" }), { status: 200, json: { result: null } });
    const error = await post("/", ["NOSUCHCOMMAND"]);
    assert.equal(error.status, 400);
    assert.match((error.json as { error: string }).error, /unknown command/i);
  });

  test("base64 encoding applies inside nested arrays", async () => {
    await post("/", ["HSET", "shim:hash", "field", "välue"]);
    assert.deepEqual(await post("/", ["HGETALL", "shim:hash"], { "upstash-encoding": "base64" }), {
      status: 200,
      json: { result: [base64("field"), base64("välue")] },
    });
  });

  test("/pipeline answers each command, errors included, in order", async () => {
    const { status, json } = await post("/pipeline", [["SET", "shim:p", "1"], ["HGETALL", "shim:p"], ["INCR", "shim:p"]]);
    assert.equal(status, 200);
    const [first, second, third] = json as Array<{ result?: unknown; error?: string }>;
    assert.deepEqual(first, { result: "OK" });
    assert.match(second?.error ?? "", /WRONGTYPE/);
    assert.deepEqual(third, { result: 2 });
  });

  test("/multi-exec runs a transaction; a command that cannot be queued fails it whole", async () => {
    assert.deepEqual(await post("/multi-exec", [["INCR", "shim:m"], ["INCR", "shim:m"], ["PEXPIRE", "shim:m", 60_000, "NX"]]), {
      status: 200,
      json: [{ result: 1 }, { result: 2 }, { result: 1 }],
    });
    const aborted = await post("/multi-exec", [["INCR", "shim:m"], ["NOSUCHCOMMAND"]]);
    assert.equal(aborted.status, 400);
    assert.deepEqual(await post("/", ["GET", "shim:m"]), { status: 200, json: { result: "2" } }, "nothing ran");
  });

  test("scripts with an Upstash shebang run on Redis 7.0, by EVAL, EVALSHA and SCRIPT LOAD", async () => {
    assert.ok(rest);
    const client = new Redis({ url: rest.url, token: rest.token, retry: false, enableTelemetry: false });
    const source = '#!lua flags=allow-key-locking\nreturn redis.call("INCRBY", KEYS[1], ARGV[1])';
    const clientSha = createHash("sha1").update(source).digest("hex");

    const script = client.createScript<number>(source);
    assert.equal(await script.exec(["shim:script"], ["2"]), 2, "EVALSHA misses (NOSCRIPT), EVAL runs it");
    assert.equal(await script.exec(["shim:script"], ["3"]), 5, "EVALSHA with the client's hash now finds it");
    assert.equal(await client.evalsha(clientSha, ["shim:script"], ["1"]), 6);
    assert.equal(await client.scriptLoad(source), clientSha);
    assert.deepEqual(await client.scriptExists(clientSha), [1]);
  });
});
