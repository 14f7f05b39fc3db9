import assert from "node:assert/strict";
import { test } from "node:test";
import { safeCallbackUrl } from "./safe-callback-url";

test("only same-site paths survive as sign-in callbacks", () => {
  assert.equal(safeCallbackUrl(undefined), "/dashboard");
  assert.equal(safeCallbackUrl("/dashboard/api-keys?x=1"), "/dashboard/api-keys?x=1");
  assert.equal(safeCallbackUrl("https://evil.example.com/phish"), "/dashboard");
  assert.equal(safeCallbackUrl("//evil.example.com"), "/dashboard");
  assert.equal(safeCallbackUrl("javascript:alert(1)"), "/dashboard");
});
