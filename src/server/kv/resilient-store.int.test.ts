import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { startRedisServer, type RedisServer } from "@/testing/redis/start-redis-server";
import { startUpstashRestServer, type UpstashRestServer } from "@/testing/redis/upstash-rest-server";
import { ResilientStore } from "./resilient-store";
import { UpstashStore } from "./upstash-store";

// The gateway's view of Upstash when Redis dies: a real redis-server SIGKILLed behind the REST shim. The shim
// then holds requests until Redis is back, which is what a hanging Upstash looks like to the app.

// Production's default is 50 ms; twice that keeps the healthy phase from flaking on a loaded CI machine.
const TIMEOUT_MS = 100;
// What a call may cost beyond the timeout there (timers, event loop).
const SLACK_MS = 150;

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

async function timed<T>(operation: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await operation();
  return { value, ms: performance.now() - started };
}

test("Redis killed mid-run: fallbacks within the timeout, degraded health, recovery after a restart", { timeout: 30_000 }, async () => {
  assert.ok(redis && rest);
  const remote = new UpstashStore({ url: rest.url, token: rest.token, requestTimeoutMs: 500 });
  const store = new ResilientStore(remote, { timeoutMs: TIMEOUT_MS, failureThreshold: 3, openMs: 300 });
  await remote.ping(); // opens the HTTP connection: a cold first request can exceed the timeout

  await store.set("cache:answer", "42", 60_000);
  assert.equal(await store.get("cache:answer"), "42");
  assert.equal(await store.incrBy("rate:key1", 1, 60_000), 1);
  assert.equal(await store.incrBy("rate:key1", 1, 60_000), 2);
  await store.hIncrBy("metrics:openai", { requests: 5, errors: 1 }, 60_000);
  assert.deepEqual(store.health(), { backend: "upstash", status: "ok" });

  await redis.kill();

  const calls = [
    await timed(() => store.get("cache:answer")),
    await timed(() => store.set("cache:other", "v", 60_000)),
    await timed(() => store.incrBy("rate:key1", 1, 60_000)),
    await timed(() => store.hIncrBy("metrics:openai", { requests: 1, errors: 1 }, 60_000)),
    await timed(() => store.hGetAllMany(["metrics:openai", "metrics:none"])),
  ];
  for (const [i, call] of calls.entries()) assert.ok(call.ms < TIMEOUT_MS + SLACK_MS, `call #${i} took ${call.ms} ms`);
  assert.equal(calls[0]?.value, null, "the shared cache is a miss");
  assert.equal(calls[2]?.value, 3, "the rate limit keeps counting locally");
  assert.equal(await store.get("rate:key1"), "3");
  assert.deepEqual(calls[4]?.value, [{ requests: 6, errors: 2 }, null], "routing sees the local metrics");

  const health = store.health();
  assert.equal(health.status, "degraded");
  assert.match(health.lastError ?? "", /did not answer within 100 ms/);
  assert.ok(health.since && Date.now() - Date.parse(health.since) < 5_000);

  const whileOpen = await timed(() => store.get("cache:answer"));
  assert.ok(whileOpen.ms < 20, `an open circuit answers at once (took ${whileOpen.ms} ms)`);

  await redis.restart();
  const deadline = Date.now() + 15_000;
  while (store.health().status !== "ok") {
    assert.ok(Date.now() < deadline, `not recovered: ${JSON.stringify(store.health())}`);
    await store.get("probe");
    await sleep(100);
  }

  // Redis came back empty (nothing is persisted): the shared store works again from scratch.
  await store.set("cache:after", "recovered", 60_000);
  assert.equal(await store.get("cache:after"), "recovered");
  assert.equal(await remote.get("cache:after"), "recovered", "written to Redis, not only locally");
  assert.deepEqual(store.health().status, "ok");
});
