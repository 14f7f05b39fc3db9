import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { listProviders } from "./index";

test("the README lists every provider's platform-key and base-URL variables", () => {
  const readme = readFileSync("README.md", "utf8");
  const missing = listProviders().flatMap((provider) => [provider.apiKeyEnv, provider.baseUrlEnv]).filter((name) => !readme.includes(`\`${name}\``));
  assert.deepEqual(missing, []);
});
