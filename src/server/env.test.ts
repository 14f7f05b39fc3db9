import assert from "node:assert/strict";
import { test } from "node:test";

test("invalid configuration names every problem and where to look", async () => {
  const saved = { ...process.env };
  Object.assign(process.env, { DATABASE_URL: "mysql://x", AUTH_SECRET: "short", API_KEY_HASH_SECRET: "x".repeat(40), ENCRYPTION_KEY: "abc", GITHUB_CLIENT_ID: "id", STRIPE_SECRET_KEY: "sk_test_x", STRIPE_API_PORT: "99999", KV_TIMEOUT_MS: "soon", GATEWAY_MAX_BODY_BYTES: "12", GATEWAY_FAST_PATH: "yes", ROUTING_EXPLORATION_RATE: "5" });
  delete process.env.GITHUB_CLIENT_SECRET;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  try {
    const { env } = await import("./env");
    assert.throws(env, (error: Error) => {
      assert.match(error.message, /DATABASE_URL: must be a postgresql:\/\/ URL/);
      assert.match(error.message, /AUTH_SECRET: must be at least 32 characters/);
      assert.match(error.message, /ENCRYPTION_KEY: must be 32 bytes/);
      assert.match(error.message, /GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET must be set together/);
      assert.match(error.message, /STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together/);
      assert.match(error.message, /STRIPE_API_PORT/);
      assert.match(error.message, /KV_TIMEOUT_MS/);
      assert.match(error.message, /GATEWAY_MAX_BODY_BYTES: must be at least 1024/);
      assert.match(error.message, /GATEWAY_FAST_PATH: must be on or off/);
      assert.match(error.message, /ROUTING_EXPLORATION_RATE: must be between 0 and 1/);
      assert.match(error.message, /\.env\.example/);
      return true;
    });
  } finally {
    process.env = saved;
  }
});
