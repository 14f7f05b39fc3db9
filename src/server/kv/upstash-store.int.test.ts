import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { describeKeyValueStoreContract } from "@/testing/redis/key-value-store-contract";
import { startRedisServer, type RedisServer } from "@/testing/redis/start-redis-server";
import { startUpstashRestServer, type UpstashRestServer } from "@/testing/redis/upstash-rest-server";
import { UpstashStore } from "./upstash-store";

// UpstashStore with the real @upstash/redis client, over the Upstash REST shim, over a real redis-server.

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

function upstashStore(): UpstashStore {
  assert.ok(rest, "the REST server is running");
  // Tests run beside others on two cores: allow slow round trips (the request path is bounded by ResilientStore).
  return new UpstashStore({ url: rest.url, token: rest.token, requestTimeoutMs: 10_000 });
}

describeKeyValueStoreContract("UpstashStore over redis-server", upstashStore);

describe("two app instances on one Upstash", { timeout: 20_000 }, () => {
  test("share counters, metrics hashes and cached values", async () => {
    const first = upstashStore();
    const second = upstashStore();
    const prefix = `instances:${randomUUID()}:`;
    const key = (name: string) => prefix + name;
    const counter = key("rate");
    const bucket = key("metrics");

    const increments = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? first : second).incrBy(counter, 1, 10_000));
    const writes = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? first : second).hIncrBy(bucket, { requests: 1, tokens: 7 }, 10_000));
    await Promise.all([...increments, ...writes]);

    assert.equal(await first.incrBy(counter, 0, 10_000), 100);
    assert.equal(await second.get(counter), "100");
    assert.deepEqual(await second.hGetAllMany([bucket]), [{ requests: 50, tokens: 350 }]);
    await first.set(key("cached"), "from the first instance", 10_000);
    assert.equal(await second.get(key("cached")), "from the first instance");
  });

  test("a wrong token is refused", async () => {
    assert.ok(rest);
    const intruder = new UpstashStore({ url: rest.url, token: "wrong" });
    await assert.rejects(intruder.get("anything"), /Unauthorized/);
  });
});
