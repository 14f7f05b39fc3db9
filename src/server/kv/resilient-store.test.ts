import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describeKeyValueStoreContract } from "@/testing/redis/key-value-store-contract";
import { MemoryStore } from "./memory-store";
import { ResilientStore } from "./resilient-store";
import type { KeyValueHealth, KeyValueStore } from "./types";

/** A remote whose availability the test switches: answering (backed by memory), hanging, or refusing. */
class SwitchableRemote implements KeyValueStore {
  readonly kind = "upstash" as const;
  mode: "up" | "hang" | "refuse" = "up";
  calls = 0;
  readonly data = new MemoryStore();

  #run<T>(operation: () => Promise<T>): Promise<T> {
    this.calls++;
    if (this.mode === "hang") return new Promise<T>(() => {});
    if (this.mode === "refuse") return Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6379"));
    return operation();
  }

  get = (key: string) => this.#run(() => this.data.get(key));
  set = (key: string, value: string, ttlMs: number) => this.#run(() => this.data.set(key, value, ttlMs));
  del = (key: string) => this.#run(() => this.data.del(key));
  incrBy = (key: string, amount: number, ttlMs: number) => this.#run(() => this.data.incrBy(key, amount, ttlMs));
  hIncrBy = (key: string, increments: Record<string, number>, ttlMs: number) => this.#run(() => this.data.hIncrBy(key, increments, ttlMs));
  hGetAllMany = (keys: readonly string[]) => this.#run(() => this.data.hGetAllMany(keys));
  ping = () => this.#run(async () => {});
}

function setup(options: { timeoutMs?: number } = {}) {
  const remote = new SwitchableRemote();
  let now = Date.parse("2030-01-01T00:00:00Z");
  const changes: KeyValueHealth[] = [];
  const store = new ResilientStore(remote, {
    timeoutMs: options.timeoutMs ?? 20,
    failureThreshold: 3,
    openMs: 5_000,
    now: () => now,
    onHealthChange: (health) => changes.push(health),
  });
  return { remote, store, changes, advance: (ms: number) => (now += ms) };
}

async function elapsedMs(operation: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await operation();
  return performance.now() - started;
}

// While the remote answers, the wrapper must be indistinguishable from it.
describeKeyValueStoreContract("ResilientStore over a healthy remote", () => new ResilientStore(new SwitchableRemote(), { timeoutMs: 1_000 }), {
  commandErrorsReject: false,
});

describe("ResilientStore when the remote fails", { timeout: 10_000 }, () => {
  test("a hanging remote costs each call at most the timeout, and reads fall back to a miss", async () => {
    const { remote, store } = setup({ timeoutMs: 30 });
    await store.set("k", "v", 10_000);
    remote.mode = "hang";
    let value: string | null = "unset";
    const took = await elapsedMs(async () => (value = await store.get("k")));
    assert.equal(value, null);
    assert.ok(took >= 25 && took < 200, `took ${took} ms`);
    assert.equal(store.health().status, "ok", "one failure does not open the circuit");
  });

  test("consecutive failures open the circuit: calls skip the remote, health is degraded", async () => {
    const { remote, store, changes } = setup();
    remote.mode = "refuse";
    for (let i = 0; i < 3; i++) await store.set("k", "v", 10_000);
    const health = store.health();
    assert.equal(health.status, "degraded");
    assert.match(health.lastError ?? "", /ECONNREFUSED/);
    assert.equal(health.since, "2030-01-01T00:00:00.000Z");
    assert.deepEqual(changes.map((change) => change.status), ["degraded"]);

    remote.mode = "hang";
    const callsBefore = remote.calls;
    const took = await elapsedMs(async () => {
      assert.equal(await store.get("k"), null);
      await store.set("k", "v", 10_000);
      await store.del("k");
    });
    assert.equal(remote.calls, callsBefore, "the open circuit keeps calls away from the remote");
    assert.ok(took < 15, `took ${took} ms`);
  });

  test("after the open period one trial call goes through; its success closes the circuit", async () => {
    const { remote, store, changes, advance } = setup();
    remote.mode = "refuse";
    for (let i = 0; i < 3; i++) await store.get("k");
    remote.mode = "up";
    await remote.data.set("k", "back", 10_000);
    advance(4_999);
    assert.equal(await store.get("k"), null, "still open");

    advance(1);
    const callsBefore = remote.calls;
    const [trial, concurrent] = await Promise.all([store.get("k"), store.get("k")]);
    assert.equal(trial, "back");
    assert.equal(concurrent, null, "only one trial while half-open");
    assert.equal(remote.calls, callsBefore + 1);
    assert.equal(store.health().status, "ok");
    assert.equal(store.health().lastError, undefined);
    assert.deepEqual(changes.map((change) => change.status), ["degraded", "ok"]);
  });

  test("a failed trial keeps the circuit open for another period", async () => {
    const { remote, store, advance } = setup();
    remote.mode = "refuse";
    for (let i = 0; i < 3; i++) await store.get("k");
    advance(5_000);
    await store.get("k"); // the trial fails
    const callsBefore = remote.calls;
    advance(4_000);
    await store.get("k");
    assert.equal(remote.calls, callsBefore);
    assert.equal(store.health().status, "degraded");
  });

  test("counters and hashes fall back to the local mirror, warm with what was counted before the outage", async () => {
    const { remote, store } = setup();
    assert.equal(await store.incrBy("rate", 1, 60_000), 1);
    assert.equal(await store.incrBy("rate", 1, 60_000), 2);
    await store.hIncrBy("metrics", { requests: 2, errors: 0 }, 60_000);

    remote.mode = "refuse";
    assert.equal(await store.incrBy("rate", 1, 60_000), 3, "counted locally");
    assert.equal(await store.get("rate"), "3", "a counter reads locally");
    await store.hIncrBy("metrics", { requests: 1, errors: 1 }, 60_000);
    assert.deepEqual(await store.hGetAllMany(["metrics", "missing"]), [{ requests: 3, errors: 1 }, null]);
    assert.equal(store.health().status, "degraded");

    await store.del("rate");
    assert.equal(await store.incrBy("rate", 1, 60_000), 1, "del applies to the local mirror too");
  });

  test("ping probes the remote even while the circuit is open, and closes it when it answers", async () => {
    const { remote, store } = setup();
    remote.mode = "refuse";
    for (let i = 0; i < 3; i++) await store.get("k");
    await assert.rejects(store.ping(), /ECONNREFUSED/);
    remote.mode = "up";
    await store.ping();
    assert.equal(store.health().status, "ok");
  });

  test("invalid arguments reject whatever the circuit, and do not count as remote failures", async () => {
    const { remote, store } = setup();
    const callsBefore = remote.calls;
    for (let i = 0; i < 5; i++) await assert.rejects(store.incrBy("k", Number.NaN, 1_000), RangeError);
    await assert.rejects(store.hIncrBy("k", { a: 0.5 }, 1_000), RangeError);
    await assert.rejects(store.set("k", "v", 0), RangeError);
    assert.equal(remote.calls, callsBefore);
    assert.equal(store.health().status, "ok");
  });

  test("a late answer after the timeout is ignored without an unhandled rejection", async () => {
    const remote = new SwitchableRemote();
    remote.get = (key: string) => new Promise((_, reject) => setTimeout(() => reject(new Error(`late failure for ${key}`)), 40));
    const store = new ResilientStore(remote, { timeoutMs: 10 });
    assert.equal(await store.get("k"), null);
    await new Promise((resolve) => setTimeout(resolve, 60)); // the test runner fails the file on an unhandled rejection
  });
});
