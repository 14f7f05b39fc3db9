import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describeKeyValueStoreContract } from "@/testing/redis/key-value-store-contract";
import { MemoryStore } from "./memory-store";

describeKeyValueStoreContract("MemoryStore", () => new MemoryStore());

describe("MemoryStore bounds", () => {
  test("past maxEntries the least recently used keys are evicted", async () => {
    const store = new MemoryStore({ maxEntries: 3 });
    for (const key of ["a", "b", "c"]) await store.set(key, key, 10_000);
    await store.get("a"); // now "b" is the least recently used
    await store.set("d", "d", 10_000);
    assert.equal(await store.get("b"), null);
    assert.deepEqual(await Promise.all(["a", "c", "d"].map((key) => store.get(key))), ["a", "c", "d"]);
  });

  test("past maxBytes old values are evicted, and a value larger than the whole budget is not stored", async () => {
    const store = new MemoryStore({ maxBytes: 10_000 });
    await store.set("old", "x".repeat(3_000), 10_000); // ~6 KB as UTF-16
    await store.set("new", "y".repeat(3_000), 10_000);
    assert.equal(await store.get("old"), null);
    assert.equal((await store.get("new"))?.length, 3_000);
    await store.set("huge", "z".repeat(6_000), 10_000);
    assert.equal(await store.get("huge"), null);
  });

  test("health is always ok", () => {
    assert.deepEqual(new MemoryStore().health(), { backend: "memory", status: "ok" });
  });
});
