import assert from "node:assert/strict";
import { test } from "node:test";
import { formatInteger, formatPerMillion, formatTokenCount, formatUsd, parseTokenCount } from "./format";

test("per-token prices show as dollars per million tokens, never losing a digit", () => {
  assert.equal(formatPerMillion("0.00000015"), "$0.15");
  assert.equal(formatPerMillion("0.000015"), "$15.00");
  assert.equal(formatPerMillion("0.0000000375"), "$0.0375");
  assert.equal(formatPerMillion("0.0000025"), "$2.50");
  assert.equal(formatPerMillion("0"), "$0.00");
  assert.equal(formatPerMillion("0.0015"), "$1,500.00");
});

test("costs show cents from a dollar up and three significant digits below", () => {
  assert.equal(formatUsd("1234.5678"), "$1,234.57");
  assert.equal(formatUsd("1.005"), "$1.01", "half up");
  assert.equal(formatUsd("0.5"), "$0.50");
  assert.equal(formatUsd("0.123456"), "$0.123");
  assert.equal(formatUsd("0.0000015"), "$0.0000015");
  assert.equal(formatUsd("0.00000123456"), "$0.00000123");
  assert.equal(formatUsd("0"), "$0.00");
  assert.equal(formatUsd("-2.5"), "-$2.50");
  assert.equal(formatUsd("12500000"), "$12,500,000.00");
});

test("token counts read the way people say them", () => {
  assert.equal(formatTokenCount(128_000), "128K");
  assert.equal(formatTokenCount(131_072), "131.1K");
  assert.equal(formatTokenCount(1_048_576), "1.05M");
  assert.equal(formatTokenCount(2_000_000), "2M");
  assert.equal(formatTokenCount(512), "512");
  assert.equal(formatInteger(1_048_576), "1,048,576");
});

test("typed token counts accept separators and K/M/B suffixes, and explain what is wrong", () => {
  assert.deepEqual(parseTokenCount("2500000"), { ok: true, tokens: 2_500_000 });
  assert.deepEqual(parseTokenCount(" 2,500,000 "), { ok: true, tokens: 2_500_000 });
  assert.deepEqual(parseTokenCount("2.5M"), { ok: true, tokens: 2_500_000 });
  assert.deepEqual(parseTokenCount("750k"), { ok: true, tokens: 750_000 });
  assert.deepEqual(parseTokenCount("1b"), { ok: true, tokens: 1_000_000_000 });
  assert.deepEqual(parseTokenCount(""), { ok: true, tokens: 0 });
  assert.equal(parseTokenCount("1.0005k").ok, false, "half a token");
  assert.equal(parseTokenCount("-5").ok, false);
  assert.equal(parseTokenCount("lots").ok, false);
  assert.equal(parseTokenCount("1e9").ok, false);
  assert.equal(parseTokenCount("99999999999b").ok, false, "beyond a safe integer");
  assert.equal(parseTokenCount("1000000b").ok, true, "a quadrillion is the ceiling");
  assert.equal(parseTokenCount("1000001b").ok, false);
});
