import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { checkHealth } from "@/server/services/health/check-health";
import { createKeyValueStore, setKeyValueStoreForTests } from "@/server/kv";
import { createGatewayProject } from "@/testing/gateway/project";
import { startNodeGateway, type RunningGateway } from "@/testing/gateway/servers";
import { startRedisServer, type RedisServer } from "@/testing/redis/start-redis-server";
import { startUpstashRestServer, type UpstashRestServer } from "@/testing/redis/upstash-rest-server";
import { db } from "@/server/db/client";
import { clearKeyCache } from "./auth/api-key-cache";

// The gateway on @upstash/redis against a real redis-server (through the project's Upstash REST shim); Redis is
// killed in the middle of a run and brought back.
let redis: RedisServer;
let shim: UpstashRestServer;
let gateway: RunningGateway;
let project: Awaited<ReturnType<typeof createGatewayProject>>;

before(async () => {
  redis = await startRedisServer();
  shim = await startUpstashRestServer({ redisUrl: redis.url });
  // A generous time bound, so the healthy phase stays healthy on a loaded CI machine; the outage still trips it.
  setKeyValueStoreForTests(createKeyValueStore({ UPSTASH_REDIS_REST_URL: shim.url, UPSTASH_REDIS_REST_TOKEN: shim.token, KV_TIMEOUT_MS: "1000" }));
  gateway = await startNodeGateway();
  project = await createGatewayProject();
  await db().project.update({ where: { id: project.user.projectId }, data: { cacheEnabled: true } });
  await db().apiKey.updateMany({ where: { projectId: project.user.projectId }, data: { rateLimitRpm: 10_000 } });
  clearKeyCache();
});
after(async () => {
  setKeyValueStoreForTests(undefined);
  await gateway.close();
  await project.close();
  await shim.close();
  await redis.stop();
});

test("killing Redis during a run does not fail requests, and health says the shared store is degraded", async () => {
  const statuses: number[] = [];
  const ask = async (i: number) => {
    const response = await fetch(`${gateway.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${project.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: `outage request ${i % 7}` }], stream: i % 2 === 0 }),
    });
    const text = await response.text();
    statuses.push(response.status);
    if (i % 2 === 0) assert.ok(text.trimEnd().endsWith("data: [DONE]"), `request ${i} stream did not complete: ${text.slice(-200)}`);
  };
  for (let i = 0; i < 20; i++) await ask(i);
  assert.equal((await checkHealth()).keyValueStore.status, "ok");

  await redis.kill();
  for (let i = 20; i < 60; i++) await ask(i);
  const degraded = await checkHealth();
  assert.equal(degraded.keyValueStore.status, "degraded");
  assert.equal(degraded.database.status, "ok");

  await redis.restart();
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (let i = 60; i < 80; i++) await ask(i);
  assert.equal(statuses.length, 80);
  assert.deepEqual([...new Set(statuses)], [200]);
  // Recovery: the shim's Redis client reconnects with a backoff, so health may take a moment to turn ok again.
  const recovered = Date.now();
  let status = (await checkHealth()).keyValueStore.status;
  while (status !== "ok" && Date.now() - recovered < 15_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    status = (await checkHealth()).keyValueStore.status;
  }
  assert.equal(status, "ok");
});
