import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { KeyValueStore } from "@/server/kv/types";

/**
 * The behaviour every KeyValueStore promises (src/server/kv/types.ts), as one suite run against each backend:
 * the memory store must behave like Upstash-over-real-Redis, or code tested on one breaks on the other.
 * `createStore` is called once per test; keys are unique per test, so stores may share one Redis.
 * `commandErrorsReject: false` is for ResilientStore, which turns every backend error into a fallback value.
 */
export function describeKeyValueStoreContract(
  label: string,
  createStore: () => KeyValueStore,
  options: { commandErrorsReject?: boolean } = {},
): void {
  const commandErrorsReject = options.commandErrorsReject ?? true;
  const setup = () => {
    const prefix = `contract:${randomUUID()}:`;
    return { store: createStore(), key: (name: string) => prefix + name };
  };

  describe(`${label}: KeyValueStore contract`, { timeout: 20_000 }, () => {
    test("set then get returns the value; missing keys are null; set replaces", async () => {
      const { store, key } = setup();
      assert.equal(await store.get(key("missing")), null);
      await store.set(key("a"), "first", 10_000);
      assert.equal(await store.get(key("a")), "first");
      await store.set(key("a"), "second", 10_000);
      assert.equal(await store.get(key("a")), "second");
    });

    test("a value expires after its TTL, and set replaces the expiry", async () => {
      const { store, key } = setup();
      // Generous margins: on a loaded 2-core CI machine a round trip through the REST shim can take 100+ ms.
      const started = Date.now();
      await store.set(key("short"), "v", 1_500);
      await store.set(key("extended"), "v", 1_500);
      await store.set(key("extended"), "v2", 10_000);
      if (Date.now() - started < 1_200) assert.equal(await store.get(key("short")), "v");
      await sleep(2_000 - (Date.now() - started));
      assert.equal(await store.get(key("short")), null);
      assert.equal(await store.get(key("extended")), "v2");
    });

    test("incrBy returns the running total, accepts negative amounts, and reads back as a decimal string", async () => {
      const { store, key } = setup();
      assert.equal(await store.incrBy(key("n"), 5, 10_000), 5);
      assert.equal(await store.incrBy(key("n"), -7, 10_000), -2);
      assert.equal(await store.incrBy(key("n"), 12, 10_000), 10);
      assert.equal(await store.get(key("n")), "10");
    });

    test("200 concurrent incrBy calls: exact total, every intermediate value seen once", async () => {
      const { store, key } = setup();
      const results = await Promise.all(Array.from({ length: 200 }, () => store.incrBy(key("hits"), 1, 10_000)));
      assert.equal(await store.get(key("hits")), "200");
      assert.deepEqual([...results].sort((a, b) => a - b), Array.from({ length: 200 }, (_, i) => i + 1));
    });

    test("fixed window: the first increment sets the expiry, later ones do not extend it", async () => {
      const { store, key } = setup();
      const started = Date.now();
      assert.equal(await store.incrBy(key("window"), 1, 2_000), 1);
      await sleep(1_000 - (Date.now() - started));
      assert.equal(await store.incrBy(key("window"), 1, 2_000), 2); // had this extended the window, it would end at ~3 s
      await sleep(Math.max(0, 2_400 - (Date.now() - started)));
      assert.equal(await store.incrBy(key("window"), 1, 2_000), 1, "a new window starts after the first one's TTL");
    });

    test("hIncrBy adds to fields and hGetAllMany reads many hashes in order, null for missing ones", async () => {
      const { store, key } = setup();
      await store.hIncrBy(key("m1"), { requests: 1, errors: 0, latencyMs: 120 }, 10_000);
      await store.hIncrBy(key("m1"), { requests: 1, errors: 1, latencyMs: 80 }, 10_000);
      await store.hIncrBy(key("m2"), { requests: 3, credit: -5 }, 10_000);
      await store.hIncrBy(key("untouched"), {}, 10_000);
      assert.deepEqual(await store.hGetAllMany([key("m2"), key("missing"), key("m1"), key("untouched")]), [
        { requests: 3, credit: -5 },
        null,
        { requests: 2, errors: 1, latencyMs: 200 },
        null,
      ]);
      assert.deepEqual(await store.hGetAllMany([]), []);
    });

    test("concurrent hIncrBy calls lose no increment", async () => {
      const { store, key } = setup();
      await Promise.all(Array.from({ length: 100 }, () => store.hIncrBy(key("bucket"), { requests: 1, tokens: 10 }, 10_000)));
      assert.deepEqual(await store.hGetAllMany([key("bucket")]), [{ requests: 100, tokens: 1000 }]);
    });

    test("hIncrBy refreshes the hash's expiry on every write", async () => {
      const { store, key } = setup();
      const started = Date.now();
      await store.hIncrBy(key("bucket"), { requests: 1 }, 1_500);
      await sleep(1_000 - (Date.now() - started));
      await store.hIncrBy(key("bucket"), { requests: 1 }, 1_500);
      await sleep(Math.max(0, 1_800 - (Date.now() - started)));
      assert.deepEqual(await store.hGetAllMany([key("bucket")]), [{ requests: 2 }], "still alive: the second write extended it");
      await sleep(Math.max(0, 3_000 - (Date.now() - started)));
      assert.deepEqual(await store.hGetAllMany([key("bucket")]), [null]);
    });

    test("del removes strings, counters and hashes; deleting a missing key is fine", async () => {
      const { store, key } = setup();
      await store.set(key("s"), "v", 10_000);
      await store.incrBy(key("c"), 3, 10_000);
      await store.hIncrBy(key("h"), { a: 1 }, 10_000);
      for (const name of ["s", "c", "h", "missing"]) await store.del(key(name));
      assert.equal(await store.get(key("s")), null);
      assert.equal(await store.get(key("c")), null);
      assert.deepEqual(await store.hGetAllMany([key("h")]), [null]);
      assert.equal(await store.incrBy(key("c"), 1, 10_000), 1, "a deleted counter starts again");
    });

    test("strings come back exactly as stored: unicode, control characters, JSON- and base64-looking text", async () => {
      const { store, key } = setup();
      const values = ["", "héllo wörld", "日本語のテキスト", "🧪🚀👩‍👩‍👧", "\u0000\u0001\u001f\u007f\u0080\uffff", "a\r\nb\tc\\d", '{"a":1}', "123", "1e3", "true", "null", '"quoted"', "OK", "PONG", "T0s=", " padded "];
      for (const [i, value] of values.entries()) await store.set(key(`v${i}`), value, 10_000);
      for (const [i, value] of values.entries()) assert.equal(await store.get(key(`v${i}`)), value, `value #${i}`);
    });

    test("a 1 MB value round-trips", async () => {
      const { store, key } = setup();
      const chunk = 'data: {"choices":[{"delta":{"content":"ünïcødé 🧪"}}]}\n\n';
      const large = chunk.repeat(Math.ceil(1_048_576 / chunk.length)).slice(0, 1_048_576);
      await store.set(key("large"), large, 10_000);
      assert.equal(await store.get(key("large")), large);
    });

    const skipWrongType = !commandErrorsReject && "this store answers backend errors with fallback values";
    test("using a key as the other type rejects (WRONGTYPE), as in Redis", { skip: skipWrongType }, async () => {
      const { store, key } = setup();
      await store.hIncrBy(key("hash"), { a: 1 }, 10_000);
      await store.set(key("text"), "not a number", 10_000);
      await assert.rejects(store.get(key("hash")), /WRONGTYPE/);
      await assert.rejects(store.hIncrBy(key("text"), { a: 1 }, 10_000), /WRONGTYPE/);
      await assert.rejects(store.hGetAllMany([key("text")]), /WRONGTYPE/);
      await assert.rejects(store.incrBy(key("text"), 1, 10_000), /not an integer/);
    });

    test("invalid amounts and TTLs reject with RangeError before touching the backend", async () => {
      const { store, key } = setup();
      for (const amount of [Number.NaN, 1.5, Number.POSITIVE_INFINITY, 2 ** 53]) {
        await assert.rejects(store.incrBy(key("n"), amount, 1_000), RangeError);
        await assert.rejects(store.hIncrBy(key("h"), { a: amount }, 1_000), RangeError);
      }
      for (const ttl of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        await assert.rejects(store.set(key("s"), "v", ttl), RangeError);
        await assert.rejects(store.incrBy(key("n"), 1, ttl), RangeError);
        await assert.rejects(store.hIncrBy(key("h"), { a: 1 }, ttl), RangeError);
      }
      assert.equal(await store.get(key("n")), null, "nothing was written");
    });

    test("ping resolves", async () => {
      await setup().store.ping();
    });
  });
}
