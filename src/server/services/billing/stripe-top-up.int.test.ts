import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { usdToNano } from "@/lib/money/usd-nano";
import { testDatabaseUrl } from "@/testing/integration/database";
import { createTestUser } from "@/testing/integration/fixtures";
import { databaseFingerprint } from "@/server/api/testing/tenant-isolation";
import { signedWebhookRequest } from "@/testing/stripe/signed-webhook";
import { STRIPE_TEST_WEBHOOK_SECRET, useFakeStripe } from "@/testing/stripe/stripe-test-env";
import { db } from "../../db/client";
import { handleStripeWebhook } from "../../stripe/handle-stripe-webhook";
import { verifyLedger } from "./verify-ledger";

const { fake, deliver } = await useFakeStripe();
const ORIGIN = "http://localhost:3000";

async function startTopUp(amountUsd = "25") {
  const user = await createTestUser("buyer");
  const checkout = await user.caller.billing.createTopUpCheckout({ organizationId: user.organizationId, amountUsd, origin: ORIGIN });
  return { user, checkout };
}

const balanceOf = async (organizationId: string) => (await verifyLedger(organizationId)).balanceNano;

test("a top-up opens a Checkout Session for the amount plus 5%, with the organization and amounts in metadata and an idempotency key", async () => {
  const { user, checkout } = await startTopUp("25");
  assert.match(checkout.url, /^http:\/\/127\.0\.0\.1:\d+\/checkout\/cs_test_/);

  const [customer] = fake.requestsTo("POST", "/v1/customers").filter((r) => r.params.metadata && (r.params.metadata as Record<string, string>).organizationId === user.organizationId);
  assert.ok(customer, "a Stripe customer was created for the organization");
  assert.equal(customer.idempotencyKey, `customer-${user.organizationId}`);
  assert.equal(customer.authorization, "Bearer sk_test_switchboard_0123456789");

  const session = fake.requestsTo("POST", "/v1/checkout/sessions").at(-1)!;
  assert.equal(session.idempotencyKey, `checkout-${checkout.paymentId}`);
  const expectedMetadata = { organizationId: user.organizationId, paymentId: checkout.paymentId, kind: "checkout", creditUsd: "25", feeUsd: "1.25", totalCents: "2625" };
  assert.deepEqual(session.params.metadata, expectedMetadata);
  assert.deepEqual((session.params.payment_intent_data as Record<string, unknown>).metadata, expectedMetadata);
  assert.equal(session.params.mode, "payment");
  assert.equal(session.params.customer, fake.state.list("customer", (c) => (c.metadata as Record<string, string>).organizationId === user.organizationId)[0]!.id);
  assert.deepEqual(
    (session.params.line_items as Array<{ quantity: string; price_data: { currency: string; unit_amount: string } }>).map((item) => [item.quantity, item.price_data.currency, item.price_data.unit_amount]),
    [["1", "usd", "2500"], ["1", "usd", "125"]],
  );
  assert.equal(session.params.success_url, `${ORIGIN}/dashboard/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}`);
  assert.equal(session.params.cancel_url, `${ORIGIN}/dashboard/billing?checkout=canceled`);

  const payment = await db().payment.findUniqueOrThrow({ where: { id: checkout.paymentId } });
  assert.deepEqual([payment.status, payment.amountNano, payment.feeNano, payment.totalCents, payment.stripeCheckoutSessionId], ["pending", usdToNano("25"), usdToNano("1.25"), 2625, checkout.sessionId]);

  // A second top-up reuses the organization's customer.
  await user.caller.billing.createTopUpCheckout({ organizationId: user.organizationId, amountUsd: "100.55", origin: ORIGIN });
  assert.equal(fake.state.list("customer", (c) => (c.metadata as Record<string, string>).organizationId === user.organizationId).length, 1);
  const second = fake.requestsTo("POST", "/v1/checkout/sessions").at(-1)!;
  assert.equal((second.params.metadata as Record<string, string>).feeUsd, "5.03", "5% of $100.55 is 5.0275, rounded to the cent");
});

test("amounts outside $5–$10,000 or with fractions of a cent are refused before Stripe is called", async () => {
  const user = await createTestUser("amounts");
  const before = fake.requests.length;
  for (const amountUsd of ["4.99", "10000.01", "12.345", "-5", "abc", ""]) {
    await assert.rejects(
      user.caller.billing.createTopUpCheckout({ organizationId: user.organizationId, amountUsd, origin: ORIGIN }),
      (error: TRPCError) => error.code === "BAD_REQUEST",
      amountUsd,
    );
  }
  assert.equal(fake.requests.length, before);
});

test("a paid checkout credits the amount once, however often the events are replayed; the page goes pending → credited", async () => {
  const { user, checkout } = await startTopUp("25");
  const status = () => user.caller.billing.topUpStatus({ organizationId: user.organizationId, sessionId: checkout.sessionId });
  assert.equal((await status()).status, "pending");

  const paid = fake.completeCheckout(checkout.sessionId);
  assert.deepEqual(await deliver(paid.sessionCompleted), { status: 200, body: { received: true, outcome: "applied" } });
  assert.equal((await status()).status, "succeeded");
  assert.equal(await balanceOf(user.organizationId), usdToNano("25"), "the balance grows by the amount, not the amount paid");

  // The same event 10 more times, in sequence and at once; then the other events about the same payment.
  for (let index = 0; index < 5; index += 1) assert.equal((await deliver(paid.sessionCompleted)).body.outcome, "duplicate");
  const concurrent = await Promise.all(Array.from({ length: 5 }, () => deliver(paid.sessionCompleted)));
  assert.ok(concurrent.every((reply) => reply.status === 200 && reply.body.outcome === "duplicate"));
  assert.equal((await deliver(paid.paymentIntentSucceeded)).body.outcome, "applied");
  assert.equal((await deliver(paid.chargeSucceeded)).body.outcome, "applied");

  const entries = await db().ledgerEntry.findMany({ where: { organizationId: user.organizationId } });
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.kind, "top_up");
  assert.equal(entries[0]!.amountNano, usdToNano("25"));
  assert.deepEqual(entries[0]!.metadata, { feeUsd: "1.25", chargedUsd: "26.25", paymentKind: "checkout" });
  const [payment] = (await user.caller.billing.payments({ organizationId: user.organizationId })).items;
  assert.equal(payment!.receiptUrl, paid.charge.receipt_url);
  assert.ok(payment!.creditedAt);
  assert.ok((await verifyLedger(user.organizationId)).ok);
});

test("a tampered body, a wrong secret or a missing signature gets 400 and changes nothing", async () => {
  const { checkout } = await startTopUp("25");
  const paid = fake.completeCheckout(checkout.sessionId);
  const before = await databaseFingerprint(testDatabaseUrl);

  const tampered = JSON.stringify({ ...paid.sessionCompleted, data: { object: { ...paid.sessionCompleted.data.object, amount_total: 1_000_000 } } });
  for (const request of [
    signedWebhookRequest(paid.sessionCompleted, STRIPE_TEST_WEBHOOK_SECRET, { body: tampered }),
    signedWebhookRequest(paid.sessionCompleted, "whsec_someone_else"),
    new Request("http://localhost/api/stripe/webhook", { method: "POST", body: JSON.stringify(paid.sessionCompleted) }),
  ]) {
    const response = await handleStripeWebhook(request);
    assert.equal(response.status, 400);
  }
  assert.equal(await databaseFingerprint(testDatabaseUrl), before);
});

test("events out of order end in the right state: intent before session, refund before success, a late failure", async () => {
  const { user, checkout } = await startTopUp("100");
  const paid = fake.completeCheckout(checkout.sessionId);
  const refund = fake.refund(paid.charge.id, 5250);
  // Stripe is slow to tell us the intent: the charge events come first, then the intent, then the session.
  assert.equal((await deliver(paid.chargeSucceeded)).body.outcome, "applied");
  assert.equal((await deliver(refund)).body.outcome, "applied");
  assert.equal(await balanceOf(user.organizationId), 0n, "nothing credited yet, nothing reversed");
  assert.equal((await deliver(paid.paymentIntentSucceeded)).body.outcome, "applied");
  assert.equal((await deliver(paid.sessionCompleted)).body.outcome, "applied");
  const lateFailure = fake.failCheckoutAttempt(checkout.sessionId);
  (lateFailure.data.object as Record<string, unknown>).id = paid.paymentIntent.id;
  assert.equal((await deliver(lateFailure)).body.outcome, "applied");

  const payment = await db().payment.findUniqueOrThrow({ where: { id: checkout.paymentId } });
  assert.equal(payment.status, "succeeded");
  assert.equal(payment.refundedCents, 5250);
  assert.equal(await balanceOf(user.organizationId), usdToNano("50"), "$100 credited, half refunded");
  assert.deepEqual(
    (await db().ledgerEntry.findMany({ where: { organizationId: user.organizationId }, orderBy: { sequence: "asc" } })).map((e) => [e.kind, e.amountNano]),
    [["top_up", usdToNano("100")], ["refund", usdToNano("-50")]],
  );
  assert.ok((await verifyLedger(user.organizationId)).ok);
});

test("refunds reverse credits in proportion, cumulatively, once per refund state", async () => {
  const { user, checkout } = await startTopUp("25");
  const paid = fake.completeCheckout(checkout.sessionId);
  await deliver(paid.sessionCompleted);
  const partial = fake.refund(paid.charge.id, 1000);
  const rest = fake.refund(paid.charge.id, 1625);
  assert.equal((await deliver(partial)).body.outcome, "applied");
  // 1000 of 2625 cents refunded: 25 × 1000 / 2625 = 9.523809523… USD of credits, rounded down to the nano-dollar.
  assert.equal(await balanceOf(user.organizationId), usdToNano("25") - 9_523_809_523n);
  assert.equal((await deliver(rest)).body.outcome, "applied");
  assert.equal((await deliver(partial)).body.outcome, "duplicate");
  const olderCopy = structuredClone(partial);
  olderCopy.id = "evt_redelivered_older_state";
  assert.equal((await deliver(olderCopy)).body.outcome, "applied", "a new event id with an older refunded amount");
  assert.equal(await balanceOf(user.organizationId), 0n, "fully refunded: every credit taken back, none twice");
  assert.equal(await db().ledgerEntry.count({ where: { organizationId: user.organizationId, kind: "refund" } }), 2);
  assert.ok((await verifyLedger(user.organizationId)).ok);
});

test("without the webhook, the success page credits a paid session itself; failures and expiry are recorded", async () => {
  const { user, checkout } = await startTopUp("10");
  fake.completeCheckout(checkout.sessionId);
  const status = await user.caller.billing.topUpStatus({ organizationId: user.organizationId, sessionId: checkout.sessionId });
  assert.equal(status.status, "succeeded");
  assert.match(status.receiptUrl ?? "", /^https:\/\/pay\.stripe\.test\/receipts\/ch_/);
  assert.deepEqual(fake.requestsTo("GET", `/v1/checkout/sessions/${checkout.sessionId}`).at(-1)!.params.expand, ["payment_intent.latest_charge"]);
  assert.equal(await balanceOf(user.organizationId), usdToNano("10"));

  const declined = await startTopUp("10");
  assert.equal((await deliver(fake.failCheckoutAttempt(declined.checkout.sessionId, "Your card was declined."))).body.outcome, "applied");
  const failed = await db().payment.findUniqueOrThrow({ where: { id: declined.checkout.paymentId } });
  assert.deepEqual([failed.status, failed.failureMessage], ["failed", "Your card was declined."]);
  assert.equal((await deliver(fake.expireCheckout(declined.checkout.sessionId))).body.outcome, "applied");
  assert.equal((await db().payment.findUniqueOrThrow({ where: { id: declined.checkout.paymentId } })).status, "failed", "expiry only cancels pending");

  const abandoned = await startTopUp("10");
  await deliver(fake.expireCheckout(abandoned.checkout.sessionId));
  assert.equal((await db().payment.findUniqueOrThrow({ where: { id: abandoned.checkout.paymentId } })).status, "canceled");
});

test("another organization's checkout session is not found; events for payments that are not ours are ignored", async () => {
  const { checkout } = await startTopUp("10");
  const stranger = await createTestUser("stranger");
  await assert.rejects(
    stranger.caller.billing.topUpStatus({ organizationId: stranger.organizationId, sessionId: checkout.sessionId }),
    (error: TRPCError) => error.code === "NOT_FOUND",
  );
  const foreign = fake.state.create("payment_intent", { amount: 500, currency: "usd", metadata: { shop: "elsewhere" }, status: "succeeded" });
  assert.equal((await deliver(fake.state.event("payment_intent.succeeded", foreign))).body.outcome, "ignored");
  assert.equal((await deliver(fake.state.event("customer.created", fake.state.create("customer", {})))).body.outcome, "ignored");
});
