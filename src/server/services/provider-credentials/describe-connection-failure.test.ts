import assert from "node:assert/strict";
import { test } from "node:test";
import { describeHttpFailure, describeNetworkFailure, redactSecret } from "./describe-connection-failure";

const KEY = "sk-proj-abcdefghijklmnop1234";

test("the key and masked copies of keys are removed from provider messages", () => {
  assert.equal(redactSecret(`bad key ${KEY} here`, KEY), "bad key •••• here");
  assert.equal(redactSecret("Incorrect API key provided: sk-pro*************1234. You can find it", KEY), "Incorrect API key provided: ••••. You can find it");
  assert.equal(redactSecret("nothing to hide", ""), "nothing to hide");
});

test("HTTP failures name the status and the provider, and stay one short line", () => {
  assert.equal(describeHttpFailure({ providerName: "Anthropic", status: 401, upstreamMessage: "invalid x-api-key", apiKey: KEY }), "401 from Anthropic: invalid x-api-key");
  assert.equal(describeHttpFailure({ providerName: "Groq", status: 404, upstreamMessage: "<html><body>Not Found</body></html>", apiKey: KEY }), "404 from Groq: HTTP 404 (check the base URL)");
  const long = describeHttpFailure({ providerName: "X", status: 500, upstreamMessage: `line\n${"y".repeat(1000)} ${KEY}`, apiKey: KEY });
  assert.equal(long.length, 300);
  assert.ok(!long.includes("\n"));
});

test("network failures say what went wrong without the key", () => {
  const refused = Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
  const options = { providerName: "OpenAI", baseUrl: "https://api.openai.com/v1", apiKey: KEY, timeoutMs: 10_000 };
  assert.equal(describeNetworkFailure({ ...options, error: refused }), "Could not connect to api.openai.com: connection refused.");
  assert.equal(describeNetworkFailure({ ...options, error: new DOMException("timed out", "TimeoutError") }), "OpenAI did not answer within 10 seconds.");
  const unknown = Object.assign(new TypeError("fetch failed"), { cause: new Error(`weird failure for ${KEY}`) });
  assert.equal(describeNetworkFailure({ ...options, error: unknown }), "Could not reach api.openai.com: weird failure for ••••");
});
