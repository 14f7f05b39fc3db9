import assert from "node:assert/strict";
import { test } from "node:test";
import { splitTtl, toTtlSeconds } from "./cache-ttl";

test("a stored TTL is shown in the largest unit that expresses it exactly", () => {
  assert.deepEqual(splitTtl(3600), { amount: 1, unit: "hours" });
  assert.deepEqual(splitTtl(90), { amount: 90, unit: "seconds" });
  assert.deepEqual(splitTtl(600), { amount: 10, unit: "minutes" });
  assert.deepEqual(splitTtl(31_536_000), { amount: 365, unit: "days" });
});

test("a typed amount becomes seconds; text that is not a number stays NaN for the server to explain", () => {
  assert.equal(toTtlSeconds("1.5", "hours"), 5400);
  assert.equal(toTtlSeconds("0.1", "minutes"), 6);
  assert.equal(toTtlSeconds("7", "days"), 604_800);
  assert.equal(toTtlSeconds("2.5", "seconds"), 2.5);
  assert.ok(Number.isNaN(toTtlSeconds("", "hours")));
  assert.ok(Number.isNaN(toTtlSeconds("soon", "hours")));
});
