import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { usdToNano } from "@/lib/money/usd-nano";
import { createTestUser } from "@/testing/integration/fixtures";
import { useFakeStripe } from "@/testing/stripe/stripe-test-env";
import { db } from "../../db/client";
import { grantCredits } from "./grant-credits";
import { maybeTriggerAutoTopUp } from "./maybe-trigger-auto-top-up";
import { reserveCredits } from "./reserve-credits";
import { settleReservation } from "./settle-reservation";
import { verifyLedger } from "./verify-ledger";

const { fake, deliver } = await useFakeStripe();
const ORIGIN = "http://localhost:3000";

/** A user whose organization saved a card through a setup-mode Checkout (delivered by webhook). */
async function userWithCard() {
  const user = await createTestUser("auto");
  const setup = await user.caller.billing.createCardSetup({ organizationId: user.organizationId, origin: ORIGIN });
  assert.equal((await deliver(fake.completeSetup(setup.sessionId))).body.outcome, "applied");
  return { user, setup };
}

const intentsFor = (organizationId: string) =>
  fake.requestsTo("POST", "/v1/payment_intents").filter((r) => (r.params.metadata as Record<string, string>).organizationId === organizationId);

test("a card is saved through Checkout in setup mode; the success page and the webhook save it once", async () => {
  const { user, setup } = await userWithCard();
  const request = fake.requestsTo("POST", "/v1/checkout/sessions").at(-1)!;
  assert.equal(request.params.mode, "setup");
  assert.deepEqual(request.params.allowed_payment_method_types, ["card"]);
  assert.deepEqual(request.params.metadata, { organizationId: user.organizationId, userId: user.userId, purpose: "auto_top_up_card" });
  assert.match(request.idempotencyKey ?? "", new RegExp(`^card-setup-${user.organizationId}-`));
  assert.equal(request.params.success_url, `${ORIGIN}/dashboard/billing?setup=success&session_id={CHECKOUT_SESSION_ID}`);

  assert.deepEqual(await user.caller.billing.completeCardSetup({ organizationId: user.organizationId, sessionId: setup.sessionId }), { saved: true });
  const overview = await user.caller.billing.overview({ organizationId: user.organizationId });
  assert.deepEqual(overview.card, { brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 });
  const audit = await user.caller.auditLog.list({ organizationId: user.organizationId });
  const saved = audit.items.filter((item) => item.action === "billing.card_saved");
  assert.equal(saved.length, 1);
  assert.equal(saved[0]!.actor?.id, user.userId);

  const stranger = await createTestUser("stranger");
  await assert.rejects(
    stranger.caller.billing.completeCardSetup({ organizationId: stranger.organizationId, sessionId: setup.sessionId }),
    (error: TRPCError) => error.code === "NOT_FOUND",
  );
});

test("turning auto top-up on needs a card, and below the threshold charges it off-session at once", async () => {
  const bare = await createTestUser("nocard");
  await assert.rejects(
    bare.caller.billing.updateAutoTopUp({ organizationId: bare.organizationId, enabled: true, thresholdUsd: "5", amountUsd: "10" }),
    (error: TRPCError) => error.code === "BAD_REQUEST" && /Save a card first/.test(error.message),
  );
  const { user } = await userWithCard();
  const { trigger } = await user.caller.billing.updateAutoTopUp({ organizationId: user.organizationId, enabled: true, thresholdUsd: "5", amountUsd: "10" });
  assert.equal(trigger?.started && trigger.outcome, "credited");

  const [intent] = intentsFor(user.organizationId);
  assert.ok(intent);
  const account = await db().creditAccount.findUniqueOrThrow({ where: { organizationId: user.organizationId } });
  assert.equal(intent.params.amount, "1050");
  assert.equal(intent.params.currency, "usd");
  assert.equal(intent.params.customer, account.stripeCustomerId);
  assert.equal(intent.params.payment_method, account.paymentMethodId);
  assert.equal(intent.params.off_session, "true");
  assert.equal(intent.params.confirm, "true");
  const paymentId = trigger?.started ? trigger.paymentId : "";
  assert.equal(intent.idempotencyKey, `auto-top-up-${paymentId}`);
  assert.deepEqual(intent.params.metadata, { organizationId: user.organizationId, paymentId, kind: "auto_top_up", creditUsd: "10", feeUsd: "0.5", totalCents: "1050" });
  assert.deepEqual(intent.params.expand, ["latest_charge"]);
  assert.equal((await verifyLedger(user.organizationId)).balanceNano, usdToNano("10"));
  assert.equal(account.autoTopUpPaymentId, null, "the claim is cleared once credited");
  const [payment] = (await user.caller.billing.payments({ organizationId: user.organizationId })).items;
  assert.match(payment?.receiptUrl ?? "", /^https:\/\/pay\.stripe\.test\/receipts\/ch_/);

  // Above the threshold now: nothing to do, and the webhook for the same intent changes nothing.
  assert.deepEqual(await maybeTriggerAutoTopUp(user.organizationId), { started: false, reason: "not_due" });
  const created = fake.state.list("payment_intent", (pi) => (pi.metadata as Record<string, string>).paymentId === paymentId)[0]!;
  assert.equal((await deliver(fake.state.event("payment_intent.succeeded", created))).body.outcome, "applied");
  assert.equal((await verifyLedger(user.organizationId)).balanceNano, usdToNano("10"));
});

test("20 concurrent triggers start exactly one payment", async () => {
  const { user } = await userWithCard();
  await user.caller.billing.updateAutoTopUp({ organizationId: user.organizationId, enabled: false, thresholdUsd: "5", amountUsd: "20" });
  await db().creditAccount.update({ where: { organizationId: user.organizationId }, data: { autoTopUpEnabled: true } });
  fake.paymentIntentDelayMs = 150;
  try {
    const results = await Promise.all(Array.from({ length: 20 }, () => maybeTriggerAutoTopUp(user.organizationId)));
    assert.equal(results.filter((result) => result.started).length, 1);
    // A trigger that reaches the lock only after the payment was credited finds the balance above the threshold.
    const others = results.flatMap((result) => (result.started ? [] : [result.reason]));
    assert.deepEqual(others.filter((reason) => reason !== "in_progress" && reason !== "not_due"), []);
  } finally {
    fake.paymentIntentDelayMs = 0;
  }
  assert.equal(intentsFor(user.organizationId).length, 1);
  assert.equal(await db().payment.count({ where: { organizationId: user.organizationId, kind: "auto_top_up" } }), 1);
  assert.equal((await verifyLedger(user.organizationId)).balanceNano, usdToNano("20"));
});

test("declined top-ups are shown, and auto top-up pauses after 3 in a row until it is turned on again", async () => {
  const { user } = await userWithCard();
  fake.paymentIntentOutcomes.push("decline", "decline", "decline");
  const first = await user.caller.billing.updateAutoTopUp({ organizationId: user.organizationId, enabled: true, thresholdUsd: "5", amountUsd: "10" });
  assert.deepEqual(first.trigger, { started: true, paymentId: first.trigger?.started ? first.trigger.paymentId : "", outcome: "failed", message: "Your card has insufficient funds." });
  assert.equal((await maybeTriggerAutoTopUp(user.organizationId)).started, true);
  assert.equal((await maybeTriggerAutoTopUp(user.organizationId)).started, true);
  assert.deepEqual(await maybeTriggerAutoTopUp(user.organizationId), { started: false, reason: "paused" });
  assert.equal(intentsFor(user.organizationId).length, 3);

  const overview = await user.caller.billing.overview({ organizationId: user.organizationId });
  assert.equal(overview.autoTopUp.failures, 3);
  assert.ok(overview.autoTopUp.pausedAt);
  assert.equal(overview.autoTopUp.lastError, "Your card has insufficient funds.");
  const payments = await user.caller.billing.payments({ organizationId: user.organizationId });
  assert.deepEqual(payments.items.map((p) => [p.kind, p.status, p.failureMessage]), Array(3).fill(["auto_top_up", "failed", "Your card has insufficient funds."]));
  assert.equal((await verifyLedger(user.organizationId)).balanceNano, 0n);

  // Turning it on again clears the pause and tries at once (the card works now).
  const again = await user.caller.billing.updateAutoTopUp({ organizationId: user.organizationId, enabled: true, thresholdUsd: "5", amountUsd: "10" });
  assert.equal(again.trigger?.started && again.trigger.outcome, "credited");
  assert.equal((await user.caller.billing.overview({ organizationId: user.organizationId })).autoTopUp.failures, 0);
});

test("a processing payment stays in progress until its webhook, and settling reports when a top-up is due", async () => {
  const { user } = await userWithCard();
  await grantCredits({ kind: "grant", organization: user.organizationId, amountUsd: "6", reason: "start" });
  await user.caller.billing.updateAutoTopUp({ organizationId: user.organizationId, enabled: true, thresholdUsd: "5", amountUsd: "10" });
  assert.equal(intentsFor(user.organizationId).length, 0, "not below the threshold yet");

  const reservation = await reserveCredits({ organizationId: user.organizationId, amountNano: usdToNano("2"), requestId: "big", ttlMs: 60_000 });
  assert.ok(reservation.ok);
  const settled = await settleReservation(reservation.reservationId, usdToNano("1.5"), { description: "a long answer" });
  assert.equal(settled.status === "settled" && settled.autoTopUpDue, true);

  fake.paymentIntentOutcomes.push("processing");
  const trigger = await maybeTriggerAutoTopUp(user.organizationId);
  assert.equal(trigger.started && trigger.outcome, "processing");
  assert.deepEqual(await maybeTriggerAutoTopUp(user.organizationId), { started: false, reason: "in_progress" });
  assert.equal((await user.caller.billing.overview({ organizationId: user.organizationId })).autoTopUp.inProgress, true);

  const intentId = fake.state.list("payment_intent", (pi) => (pi.metadata as Record<string, string>).organizationId === user.organizationId)[0]!.id;
  assert.equal((await deliver(fake.finishPaymentIntent(intentId, "succeed"))).body.outcome, "applied");
  assert.equal((await verifyLedger(user.organizationId)).balanceNano, usdToNano("14.5"));
  assert.equal((await user.caller.billing.overview({ organizationId: user.organizationId })).autoTopUp.inProgress, false);
  assert.ok((await verifyLedger(user.organizationId)).ok);
});

test("removing the card turns auto top-up off and detaches it in Stripe", async () => {
  const { user } = await userWithCard();
  const account = await db().creditAccount.findUniqueOrThrow({ where: { organizationId: user.organizationId } });
  assert.deepEqual(await user.caller.billing.removeCard({ organizationId: user.organizationId }), { removed: true });
  assert.equal(fake.requestsTo("POST", `/v1/payment_methods/${account.paymentMethodId}/detach`).length, 1);
  const overview = await user.caller.billing.overview({ organizationId: user.organizationId });
  assert.equal(overview.card, null);
  assert.equal(overview.autoTopUp.enabled, false);
  assert.deepEqual(await maybeTriggerAutoTopUp(user.organizationId), { started: false, reason: "disabled" });
});
