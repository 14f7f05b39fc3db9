import assert from "node:assert/strict";
import { test } from "node:test";
import { clearFailedSignIns, recordFailedSignIn, signInRetryAfterMs } from "./sign-in-throttle";

test("five failures lock one email+IP pair for the rest of the 15-minute window", () => {
  const start = 1_000_000;
  for (let i = 0; i < 4; i++) recordFailedSignIn("A@x.com", "1.1.1.1", start + i);
  assert.equal(signInRetryAfterMs("a@x.com", "1.1.1.1", start + 10), 0);
  recordFailedSignIn("a@x.com", "1.1.1.1", start + 5);
  assert.equal(signInRetryAfterMs("a@x.com", "1.1.1.1", start + 60_000), 15 * 60_000 - 60_000);
  assert.equal(signInRetryAfterMs("a@x.com", "2.2.2.2", start + 60_000), 0);
  assert.equal(signInRetryAfterMs("a@x.com", "1.1.1.1", start + 15 * 60_000 + 1), 0);
  clearFailedSignIns("a@x.com", "1.1.1.1");
  assert.equal(signInRetryAfterMs("a@x.com", "1.1.1.1", start + 60_000), 0);
});
