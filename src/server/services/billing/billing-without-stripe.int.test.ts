import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { promisify } from "node:util";
import { TRPCError } from "@trpc/server";
import { usdToNano } from "@/lib/money/usd-nano";
import { testDatabaseUrl } from "@/testing/integration/database";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import { handleStripeWebhook } from "../../stripe/handle-stripe-webhook";
import { grantCredits } from "./grant-credits";
import { verifyLedger } from "./verify-ledger";

const run = promisify(execFile);

test("without Stripe, billing says it is off and nothing can be bought", async () => {
  const user = await createTestUser("selfhost");
  const overview = await user.caller.billing.overview({ organizationId: user.organizationId });
  assert.equal(overview.billingEnabled, false);
  assert.equal(overview.balanceNano, 0n);
  await assert.rejects(
    user.caller.billing.createTopUpCheckout({ organizationId: user.organizationId, amountUsd: "25", origin: "http://localhost:3000" }),
    (error: TRPCError) => error.code === "BAD_REQUEST" && /Billing is off/.test(error.message),
  );
  const response = await handleStripeWebhook(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: "{}", headers: { "stripe-signature": "t=1,v1=x" } }));
  assert.equal(response.status, 404);
});

test("grants and adjustments go to the ledger and the audit log; the balance always equals the ledger", async () => {
  const user = await createTestUser("granted");
  const granted = await grantCredits({ kind: "grant", organization: user.email, amountUsd: "25.00", reason: "Welcome credits", operator: "ops" });
  assert.equal(granted.organization.id, user.organizationId);
  assert.equal(granted.balanceNano, usdToNano("25"));
  const adjusted = await grantCredits({ kind: "adjustment", organization: user.organizationId, amountUsd: "-3.50", reason: "Correction" });
  assert.equal(adjusted.balanceNano, usdToNano("21.5"));

  await assert.rejects(grantCredits({ kind: "adjustment", organization: user.organizationId, amountUsd: "-22", reason: "Too much" }), /balance negative/);
  await assert.rejects(grantCredits({ kind: "grant", organization: user.organizationId, amountUsd: "-1", reason: "Negative grant" }), /grant must be positive/);
  await assert.rejects(grantCredits({ kind: "grant", organization: user.organizationId, amountUsd: "1e3", reason: "Exponent" }), /--amount/);
  await assert.rejects(grantCredits({ kind: "grant", organization: user.organizationId, amountUsd: "5", reason: "" }), /--reason/);
  await assert.rejects(grantCredits({ kind: "grant", organization: "nobody@example.com", amountUsd: "5", reason: "Who?" }), /No user/);

  const ledger = await user.caller.billing.ledger({ organizationId: user.organizationId });
  assert.deepEqual(
    ledger.items.map((entry) => [entry.kind, entry.amountNano, entry.balanceAfterNano, entry.description]),
    [
      ["adjustment", usdToNano("-3.5"), usdToNano("21.5"), "Correction"],
      ["grant", usdToNano("25"), usdToNano("25"), "Welcome credits"],
    ],
  );
  const audit = await user.caller.auditLog.list({ organizationId: user.organizationId });
  assert.deepEqual(audit.items.slice(0, 2).map((item) => [item.action, item.actor]), [["billing.credits_adjusted", null], ["billing.credits_granted", null]]);
  assert.deepEqual(audit.items[1]!.metadata, { amountUsd: "25", reason: "Welcome credits", via: "admin-command", operator: "ops" });
  assert.ok((await verifyLedger(user.organizationId)).ok);
});

test("`npm run admin -- grant` and `adjust` work from the command line against the server's database", async () => {
  const user = await createTestUser("cli");
  // A data folder of its own: the command reads generated secrets from there (and must not touch the repository's).
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-admin-"));
  after(() => rm(dataDir, { recursive: true, force: true }));
  const env = { ...process.env, DATABASE_URL: testDatabaseUrl, SWITCHBOARD_DATA_DIR: dataDir };
  const granted = await run(process.execPath, ["--import", "tsx", "scripts/admin.ts", "grant", "--org", user.email, "--amount", "25.00", "--reason", "Launch credits"], { env });
  assert.match(granted.stdout, /Granted 25 USD to .* \(.+\)\.\nBalance: 25 USD\./);
  const adjusted = await run(process.execPath, ["--import", "tsx", "scripts/admin.ts", "adjust", "--org", user.organizationId, "--amount", "-0.000001", "--reason", "Rounding"], { env });
  assert.match(adjusted.stdout, /Balance: 24\.999999 USD/);
  const balance = await run(process.execPath, ["--import", "tsx", "scripts/admin.ts", "balance", "--org", user.organizationId], { env });
  assert.match(balance.stdout, /balance 24\.999999 USD.*\nThe ledger sums to the balance\./);
  await assert.rejects(
    run(process.execPath, ["--import", "tsx", "scripts/admin.ts", "grant", "--org", user.organizationId, "--amount", "abc", "--reason", "Bad"], { env }),
    (error: { code: number; stderr: string }) => error.code === 1 && /--amount must be USD/.test(error.stderr),
  );
  assert.equal((await verifyLedger(user.organizationId)).balanceNano, usdToNano("24.999999"));
});

test("the ledger filters by kind and date and pages with a cursor", async () => {
  const user = await createTestUser("pages");
  for (let index = 0; index < 7; index += 1) {
    await grantCredits({ kind: index % 2 ? "adjustment" : "grant", organization: user.organizationId, amountUsd: `${index + 1}`, reason: `entry ${index}` });
  }
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await user.caller.billing.ledger({ organizationId: user.organizationId, limit: 3, cursor });
    seen.push(...page.items.map((item) => item.description));
    cursor = page.nextCursor;
  } while (cursor);
  assert.deepEqual(seen, ["entry 6", "entry 5", "entry 4", "entry 3", "entry 2", "entry 1", "entry 0"]);
  const grants = await user.caller.billing.ledger({ organizationId: user.organizationId, kind: "grant" });
  assert.equal(grants.items.length, 4);
  await db().ledgerEntry.updateMany({ where: { organizationId: user.organizationId, description: { in: ["entry 0", "entry 1"] } }, data: { createdAt: new Date("2025-01-10T12:00:00Z") } });
  const january = await user.caller.billing.ledger({ organizationId: user.organizationId, from: new Date("2025-01-10T00:00:00Z"), to: new Date("2025-01-11T00:00:00Z") });
  assert.deepEqual(january.items.map((item) => item.description), ["entry 1", "entry 0"]);
  await assert.rejects(user.caller.billing.ledger({ organizationId: user.organizationId, cursor: "not-a-cursor" }), /Invalid cursor/);
});

test("usage this month sums platform-credential requests by day and by model", async () => {
  const user = await createTestUser("usage");
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 1));
  const base = { organizationId: user.organizationId, projectId: user.projectId, endpoint: "/v1/chat/completions", status: 200, latencyMs: 100 };
  await db().requestLog.createMany({
    data: [
      { ...base, requestId: "a", createdAt: today, requestedModel: "gpt-4o-mini", modelId: "gpt-4o-mini", credentialSource: "platform", totalCost: "0.0000015" },
      { ...base, requestId: "b", createdAt: today, requestedModel: "gpt-4o-mini", modelId: "gpt-4o-mini", credentialSource: "platform", totalCost: "0.0000015" },
      { ...base, requestId: "c", createdAt: today, requestedModel: "claude", modelId: "claude-sonnet-4-5", credentialSource: "platform", totalCost: "0.04185" },
      { ...base, requestId: "d", createdAt: today, requestedModel: "gpt-4o-mini", modelId: "gpt-4o-mini", credentialSource: "byok", totalCost: "1" },
      { ...base, requestId: "e", createdAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15)), requestedModel: "gpt-4o-mini", credentialSource: "platform", totalCost: "1" },
    ],
  });
  const usage = await user.caller.billing.usage({ organizationId: user.organizationId });
  assert.equal(usage.totalRequests, 3);
  assert.equal(usage.totalNano, 3_000n + 41_850_000n);
  assert.deepEqual(usage.days, [{ day: today.toISOString().slice(0, 10), requests: 3, costNano: 41_853_000n }]);
  assert.deepEqual(usage.models, [
    { model: "claude-sonnet-4-5", requests: 1, costNano: 41_850_000n },
    { model: "gpt-4o-mini", requests: 2, costNano: 3_000n },
  ]);
});

test("developers are refused every billing procedure", async () => {
  const owner = await createTestUser("owner");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });
  const organizationId = owner.organizationId;
  for (const attempt of [
    () => developer.caller.billing.overview({ organizationId }),
    () => developer.caller.billing.ledger({ organizationId }),
    () => developer.caller.billing.payments({ organizationId }),
    () => developer.caller.billing.usage({ organizationId }),
    () => developer.caller.billing.createTopUpCheckout({ organizationId, amountUsd: "25", origin: "http://localhost:3000" }),
    () => developer.caller.billing.updateAutoTopUp({ organizationId, enabled: false, thresholdUsd: "5", amountUsd: "10" }),
    () => developer.caller.billing.removeCard({ organizationId }),
  ]) {
    await assert.rejects(attempt(), (error: TRPCError) => error.code === "FORBIDDEN");
  }
});
