import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { decryptSecret, encryptSecret } from "./secret-box";

const key = randomBytes(32).toString("base64");

test("secrets round-trip and never appear in the stored form", () => {
  const stored = encryptSecret("sk-live-provider-key-123", key);
  assert.ok(!stored.includes("sk-live"));
  assert.notEqual(stored, encryptSecret("sk-live-provider-key-123", key), "a fresh IV each time");
  assert.equal(decryptSecret(stored, key), "sk-live-provider-key-123");
});

test("a tampered ciphertext or a wrong key is refused", () => {
  const stored = encryptSecret("secret", key);
  const parts = stored.split(":");
  parts[3] = Buffer.from("SECRET").toString("base64url");
  assert.throws(() => decryptSecret(parts.join(":"), key));
  assert.throws(() => decryptSecret(stored, randomBytes(32).toString("base64")));
  assert.throws(() => decryptSecret("v0:x:y:z", key), /format/);
});
