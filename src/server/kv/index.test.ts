import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { createKeyValueStore, keyValueStore, MemoryStore, ResilientStore, setKeyValueStoreForTests } from "./index";

// Port 9 (discard) on loopback: nothing listens, so the warm-up ping fails at once instead of reaching a network.
const UPSTASH = { UPSTASH_REDIS_REST_URL: "http://127.0.0.1:9", UPSTASH_REDIS_REST_TOKEN: "token" };

describe("createKeyValueStore", () => {
  test("memory without Upstash variables", () => {
    const store = createKeyValueStore({});
    assert.ok(store instanceof MemoryStore);
    assert.deepEqual(store.health(), { backend: "memory", status: "ok" });
  });

  test("Upstash behind the resilient wrapper when both variables are set", () => {
    const store = createKeyValueStore(UPSTASH);
    assert.ok(store instanceof ResilientStore);
    assert.equal(store.kind, "upstash");
  });

  test("one variable without the other is a configuration error", () => {
    assert.throws(() => createKeyValueStore({ UPSTASH_REDIS_REST_URL: UPSTASH.UPSTASH_REDIS_REST_URL }), /must be set together/);
    assert.throws(() => createKeyValueStore({ UPSTASH_REDIS_REST_TOKEN: "token", UPSTASH_REDIS_REST_URL: " " }), /must be set together/);
  });
});

describe("keyValueStore", () => {
  afterEach(() => setKeyValueStoreForTests(undefined));

  test("is one store per process, kept on globalThis for every bundle in the process", () => {
    const store = keyValueStore();
    assert.equal(keyValueStore(), store);
    assert.equal((globalThis as { switchboardKeyValueStore?: unknown }).switchboardKeyValueStore, store);
  });

  test("tests can replace it, and reset it", () => {
    const replacement = new MemoryStore();
    setKeyValueStoreForTests(replacement);
    assert.equal(keyValueStore(), replacement);
    setKeyValueStoreForTests(undefined);
    assert.notEqual(keyValueStore(), replacement);
  });
});
