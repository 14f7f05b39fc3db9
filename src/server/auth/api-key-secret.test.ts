import assert from "node:assert/strict";
import { test } from "node:test";
import { generateApiKey, hashApiKey, looksLikeApiKey, maskApiKey } from "./api-key-secret";

test("generated keys are unique, well-formed and masked to prefix and last four", () => {
  const a = generateApiKey();
  const b = generateApiKey();
  assert.notEqual(a.key, b.key);
  assert.ok(looksLikeApiKey(a.key));
  assert.equal(a.prefix, a.key.slice(0, 10));
  assert.equal(maskApiKey(a.prefix, a.last4), `${a.key.slice(0, 10)}…${a.key.slice(-4)}`);
  assert.equal(looksLikeApiKey("sk-other-123"), false);
});

test("the stored hash depends on the server secret", () => {
  const { key } = generateApiKey();
  assert.equal(hashApiKey(key, "secret-one"), hashApiKey(key, "secret-one"));
  assert.notEqual(hashApiKey(key, "secret-one"), hashApiKey(key, "secret-two"));
  assert.match(hashApiKey(key, "s"), /^[0-9a-f]{64}$/);
});
