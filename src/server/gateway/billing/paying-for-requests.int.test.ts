import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { nanoToUsd, usdToNano } from "@/lib/money/usd-nano";
import { computeCost, offeringsFor } from "@/server/catalog";
import { db } from "@/server/db/client";
import { grantCredits } from "@/server/services/billing/grant-credits";
import { verifyLedger } from "@/server/services/billing/verify-ledger";
import { startFakeProvider, type FakeProvider } from "@/testing/fake-providers";
import { addFakeCredential } from "@/testing/gateway/project";
import { startNodeGateway, type RunningGateway } from "@/testing/gateway/servers";
import { createTestUser } from "@/testing/integration/fixtures";
import { clearKeyCache } from "../auth/api-key-cache";
import { requestLogWriter } from "../logging/request-log-writer";
import { promptTokensUpperBound } from "../metering/usage";
import { setRoutingRandom } from "../state";

// Credits mode through the real gateway: platform keys (OPENAI_API_KEY / OPENAI_BASE_URL) point at a fake OpenAI.
const MODEL = "openai/gpt-4o-mini";
const MAX_TOKENS = 40;
const body = (content: string, stream = false) => ({ model: MODEL, max_tokens: MAX_TOKENS, stream, messages: [{ role: "user" as const, content }] });

let gateway: RunningGateway;
let platform: FakeProvider;

before(async () => {
  platform = await startFakeProvider({ format: "openai", apiKey: "platform-key", chunkDelayMs: 2 });
  Object.assign(process.env, { OPENAI_API_KEY: "platform-key", OPENAI_BASE_URL: platform.baseUrl });
  gateway = await startNodeGateway();
});
after(async () => {
  delete process.env.OPENAI_API_KEY;
  delete process.env.OPENAI_BASE_URL;
  await gateway.close();
  await platform.close();
});

async function creditsProject() {
  const user = await createTestUser("credits");
  await db().project.update({ where: { id: user.projectId }, data: { mode: "credits" } });
  const { key } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "credits" });
  clearKeyCache();
  return { user, key };
}

const post = (key: string, payload: object) =>
  fetch(`${gateway.baseUrl}/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(payload) });

/** What the gateway holds for one request: max prompt × input price + max_tokens × output price. */
function holdNano(content: string): bigint {
  const prompt = promptTokensUpperBound(body(content));
  return usdToNano(computeCost(offeringsFor(MODEL)[0]!, { promptTokens: prompt, completionTokens: MAX_TOKENS }).totalUsd, "up");
}

test("without credits a request gets 402 before any upstream call", async () => {
  const { key } = await creditsProject();
  const before = platform.requests.length;
  const response = await post(key, body("hello"));
  assert.equal(response.status, 402);
  const error = ((await response.json()) as { error: { type: string; code: string; message: string } }).error;
  assert.equal(error.code, "insufficient_credits");
  assert.match(error.message, /Top up under Billing/);
  assert.equal(platform.requests.length, before);
});

test("a credits-mode request lowers the balance by exactly its logged cost; the ledger equals the balance", async () => {
  const { user, key } = await creditsProject();
  await grantCredits({ kind: "grant", organization: user.organizationId, amountUsd: "1.00", reason: "test grant" });
  const response = await post(key, { ...body("pay for me"), stream: false });
  assert.equal(response.status, 200);
  await response.text();
  await requestLogWriter().flush();
  const row = await db().requestLog.findFirstOrThrow({ where: { projectId: user.projectId } });
  assert.ok(row.totalCost.greaterThan(0));
  let verification = await verifyLedger(user.organizationId);
  for (let waited = 0; verification.openReservationsNano !== 0n && waited < 15_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    verification = await verifyLedger(user.organizationId);
  }
  assert.equal(verification.ok, true);
  assert.equal(nanoToUsd(usdToNano("1.00") - verification.balanceNano), nanoToUsd(usdToNano(row.totalCost.toFixed(12), "up")));
  assert.equal(verification.openReservationsNano, 0n);
});

test("BYOK requests are never charged", async () => {
  const user = await createTestUser("byok");
  const own = await startFakeProvider({ format: "openai", apiKey: "own-key" });
  try {
    await addFakeCredential(user.projectId, "openai", own, "own-key");
    await db().project.update({ where: { id: user.projectId }, data: { mode: "byok" } });
    const { key } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "byok" });
    const response = await post(key, body("my own key"));
    assert.equal(response.status, 200);
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const verification = await verifyLedger(user.organizationId);
    assert.equal(verification.balanceNano, 0n);
  } finally {
    setRoutingRandom(Math.random);
    await own.close();
  }
});

test("50 parallel requests (half streaming) on a balance that covers 10 never overspend", async () => {
  const { user, key } = await creditsProject();
  const content = "parallel request";
  const balance = holdNano(content) * 10n;
  await grantCredits({ kind: "grant", organization: user.organizationId, amountUsd: nanoToUsd(balance), reason: "covers ten holds" });
  const statuses = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const response = await post(key, body(content, i % 2 === 0));
      const text = await response.text();
      if (response.status === 200 && i % 2 === 0) assert.ok(text.trimEnd().endsWith("data: [DONE]"));
      return response.status;
    }),
  );
  const ok = statuses.filter((status) => status === 200).length;
  assert.ok(ok >= 10, `only ${ok} requests were served; ten holds fit`);
  assert.equal(statuses.filter((status) => status === 402).length, 50 - ok);

  await requestLogWriter().flush();
  // Holds are settled off the request path: wait (bounded) until the last one is closed.
  let verification = await verifyLedger(user.organizationId);
  for (let waited = 0; verification.openReservationsNano !== 0n && waited < 15_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    verification = await verifyLedger(user.organizationId);
  }
  assert.equal(verification.ok, true, "the balance equals the sum of the ledger");
  assert.ok(verification.balanceNano >= 0n, "the balance never goes negative");
  assert.equal(verification.openReservationsNano, 0n, "every hold was settled");
  const logged = await db().requestLog.findMany({ where: { projectId: user.projectId, status: 200 } });
  const spent = logged.reduce((sum, row) => sum + usdToNano(row.totalCost.toFixed(12), "up"), 0n);
  assert.equal(balance - verification.balanceNano, spent, "what was charged is exactly what the log says was spent");
});

test("hybrid mode with the project's own key and no credits is served by the own key, never 402", async () => {
  const user = await createTestUser("hybrid");
  const own = await startFakeProvider({ format: "openai", apiKey: "own-hybrid-key" });
  try {
    await addFakeCredential(user.projectId, "openai", own, "own-hybrid-key");
    const { key } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "hybrid" });
    // Even when exploration picks the platform key first, the own key comes first (and a refusal falls through).
    setRoutingRandom(() => 0);
    for (let i = 0; i < 20; i++) {
      const response = await post(key, { model: "gpt-4o-mini", messages: [{ role: "user", content: `own key ${i}` }] });
      const text = await response.text();
      assert.equal(response.status, 200, text);
      assert.equal(response.headers.get("x-switchboard-provider"), "openai");
    }
    assert.equal(own.requests.length, 20);
  } finally {
    setRoutingRandom(Math.random);
    await own.close();
  }
});
