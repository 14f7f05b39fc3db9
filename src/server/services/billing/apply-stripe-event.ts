import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../../db/client";
import { isUniqueViolation } from "../../errors";
import { stripe } from "../../stripe/client";
import { cancelPayment, creditPayment, recordCharge, recordPaymentFailure, recordRefund } from "./record-payment-outcome";
import { readCardFromSetupIntent, saveCard } from "./save-card";

export type StripeEventOutcome = "applied" | "duplicate" | "ignored";
type Effect = (tx: Prisma.TransactionClient) => Promise<unknown>;

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/**
 * Applies one verified Stripe event exactly once. The event id is inserted into StripeEvent in the same transaction
 * as its effect, so a replay (or a concurrent duplicate delivery, which waits on the primary key) changes nothing.
 * Effects are idempotent per payment as well, so two different events about one payment credit it once.
 */
export async function applyStripeEvent(event: Stripe.Event): Promise<StripeEventOutcome> {
  // Anything that needs Stripe's API is read before the transaction, so no lock is held across the network.
  const effect = await planEffect(event);
  if (!effect) return "ignored";
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db().$transaction(
        async (tx): Promise<StripeEventOutcome> => {
          const objectId = idOf(event.data.object as { id: string });
          const inserted = await tx.$executeRaw`
            INSERT INTO "StripeEvent" ("id", "type", "objectId") VALUES (${event.id}, ${event.type}, ${objectId}) ON CONFLICT ("id") DO NOTHING`;
          if (inserted === 0) return "duplicate";
          await effect(tx);
          return "applied";
        },
        { maxWait: 10_000, timeout: 20_000 },
      );
    } catch (error) {
      // Another event about the same payment committed the same ledger row first: run again, and see it done.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

async function planEffect(event: Stripe.Event): Promise<Effect | null> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      if (session.mode === "setup") return planCardSetup(session);
      const paymentId = await paymentForSession(session);
      if (!paymentId) return null;
      const refs = { paymentIntentId: idOf(session.payment_intent) };
      return session.payment_status === "paid"
        ? (tx) => creditPayment(tx, paymentId, refs)
        : (tx) => recordCharge(tx, paymentId, refs);
    }
    case "checkout.session.async_payment_failed": {
      const paymentId = await paymentForSession(event.data.object);
      return paymentId ? (tx) => recordPaymentFailure(tx, paymentId, "The payment failed.", { paymentIntentId: idOf(event.data.object.payment_intent) }) : null;
    }
    case "checkout.session.expired": {
      const paymentId = await paymentForSession(event.data.object);
      return paymentId ? (tx) => cancelPayment(tx, paymentId) : null;
    }
    case "payment_intent.succeeded": {
      const intent = event.data.object;
      const paymentId = await paymentForIntent(intent.id, intent.metadata);
      return paymentId ? (tx) => creditPayment(tx, paymentId, { paymentIntentId: intent.id, chargeId: idOf(intent.latest_charge) }) : null;
    }
    case "payment_intent.payment_failed": {
      const intent = event.data.object;
      const paymentId = await paymentForIntent(intent.id, intent.metadata);
      const message = intent.last_payment_error?.message ?? "The payment failed.";
      return paymentId ? (tx) => recordPaymentFailure(tx, paymentId, message, { paymentIntentId: intent.id }) : null;
    }
    case "charge.succeeded":
    case "charge.refunded": {
      const charge = event.data.object;
      const intentId = idOf(charge.payment_intent);
      const paymentId = intentId ? await paymentForIntent(intentId, null) : null;
      if (!paymentId) return null;
      const refs = { paymentIntentId: intentId, chargeId: charge.id, receiptUrl: charge.receipt_url };
      return event.type === "charge.refunded" ? (tx) => recordRefund(tx, paymentId, charge.amount_refunded, refs) : (tx) => recordCharge(tx, paymentId, refs);
    }
    default:
      return null;
  }
}

async function planCardSetup(session: Stripe.Checkout.Session): Promise<Effect | null> {
  const organizationId = session.metadata?.organizationId;
  const setupIntentId = idOf(session.setup_intent);
  if (!organizationId || !setupIntentId || session.status !== "complete") return null;
  const exists = await db().organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!exists) return null;
  const card = await readCardFromSetupIntent(setupIntentId);
  return (tx) => saveCard(tx, organizationId, card, session.metadata?.userId ?? null);
}

/** Our payment for a Checkout Session: by its stored session id, else by the payment id we put in its metadata. */
async function paymentForSession(session: Stripe.Checkout.Session): Promise<string | null> {
  const bySession = await db().payment.findUnique({ where: { stripeCheckoutSessionId: session.id }, select: { id: true } });
  if (bySession) return bySession.id;
  return paymentFromMetadata(session.metadata);
}

/**
 * Our payment for a PaymentIntent: by its stored id, else from its metadata. Charge events carry no metadata of ours,
 * and can arrive before the event that told us the intent's id, so the intent is then read from Stripe.
 */
async function paymentForIntent(intentId: string, metadata: Stripe.Metadata | null): Promise<string | null> {
  const byIntent = await db().payment.findUnique({ where: { stripePaymentIntentId: intentId }, select: { id: true } });
  if (byIntent) return byIntent.id;
  const source = metadata ?? (await stripe().paymentIntents.retrieve(intentId)).metadata;
  return paymentFromMetadata(source);
}

async function paymentFromMetadata(metadata: Stripe.Metadata | null | undefined): Promise<string | null> {
  const paymentId = metadata?.paymentId;
  if (!paymentId) return null;
  const payment = await db().payment.findUnique({ where: { id: paymentId }, select: { id: true, organizationId: true } });
  return payment && payment.organizationId === metadata.organizationId ? payment.id : null;
}
