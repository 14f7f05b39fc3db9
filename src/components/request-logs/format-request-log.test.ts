import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDuration, formatTokens, formatUsd, statusTone } from "./format-request-log";

test("costs keep fractions of a cent visible", () => {
  assert.equal(formatUsd("0.000015"), "$0.0000150");
  assert.equal(formatUsd("0.000000015"), "$0.0000000150");
  assert.equal(formatUsd("0.000000000001"), "$0.000000000001");
  assert.equal(formatUsd("0.25"), "$0.2500000");
  assert.equal(formatUsd("12.3456789"), "$12.3457");
  assert.equal(formatUsd("0"), "$0");
  assert.equal(formatUsd("0.000000000000"), "$0");
});

test("durations, tokens and status tones", () => {
  assert.equal(formatDuration(420), "420 ms");
  assert.equal(formatDuration(1250), "1.25 s");
  assert.equal(formatDuration(null), "—");
  assert.equal(formatTokens(12345, false), "12,345");
  assert.equal(formatTokens(80, true), "~80");
  assert.deepEqual([200, 404, 429, 499, 502].map(statusTone), ["success", "client-error", "client-error", "cancelled", "server-error"]);
});
