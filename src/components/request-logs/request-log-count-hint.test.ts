import assert from "node:assert/strict";
import { test } from "node:test";
import { describeRequestCount } from "./request-log-count-hint";

test("the count hint reads naturally for one, many and the cap", () => {
  assert.equal(describeRequestCount({ count: 0, capped: false }, true), "0 requests match the filters");
  assert.equal(describeRequestCount({ count: 1, capped: false }, true), "1 request matches the filters");
  assert.equal(describeRequestCount({ count: 1234, capped: false }, false), "1,234 requests in total");
  assert.equal(describeRequestCount({ count: 10_000, capped: true }, true), "More than 10,000 requests match the filters");
  assert.equal(describeRequestCount({ count: 1, capped: false }, false), "1 request in total");
});
