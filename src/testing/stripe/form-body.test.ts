import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFormBody } from "./form-body";

test("bracketed form keys become the nested objects and arrays the SDK sent", () => {
  const body = "mode=payment&line_items[0][quantity]=1&line_items[0][price_data][unit_amount]=2500&line_items[1][quantity]=1&metadata[organizationId]=org_1&expand[0]=payment_intent&expand[1]=setup_intent.payment_method";
  assert.deepEqual(parseFormBody(body), {
    mode: "payment",
    line_items: [{ quantity: "1", price_data: { unit_amount: "2500" } }, { quantity: "1" }],
    metadata: { organizationId: "org_1" },
    expand: ["payment_intent", "setup_intent.payment_method"],
  });
  assert.deepEqual(parseFormBody(encodeURI("metadata[note]=a b&c")), { metadata: { note: "a b" }, c: "" });
});
