import { priceTopUp } from "@/lib/money/top-up-pricing";
import { formatUsd } from "@/lib/money/usd-nano";
import { db } from "../../db/client";
import { billingEnabled, stripe, stripeRefusal } from "../../stripe/client";
import { lockCreditAccount } from "./lock-credit-account";
import { paymentMetadata } from "./payment-view";
import { creditPayment, recordCharge, recordPaymentFailure } from "./record-payment-outcome";

export type AutoTopUpTrigger =
  | { started: false; reason: "billing_off" | "disabled" | "paused" | "no_card" | "in_progress" | "not_due" }
  | { started: true; paymentId: string; outcome: "credited" | "processing" | "failed"; message?: string };

type ClaimedPayment = { id: string; organizationId: string; kind: string; amountNano: bigint; feeNano: bigint; totalCents: number };
type Claim = { payment: ClaimedPayment; customerId: string; paymentMethodId: string };

// An attempt claimed but never sent (the instance died before calling Stripe) is sent again after this long, with
// the same idempotency key, so Stripe answers with the original PaymentIntent if the first call did get through.
const UNSENT_ATTEMPT_MS = 2 * 60_000;

/**
 * Charges the saved card once when the balance is below the auto top-up threshold. The decision and the claim
 * (CreditAccount.autoTopUpPaymentId) are made under the account's row lock, so however many requests call this at
 * once, one payment starts and the rest see it in progress. The webhook (or the synchronous answer) credits it and
 * clears the claim; three failures in a row pause auto top-up.
 */
export async function maybeTriggerAutoTopUp(organizationId: string): Promise<AutoTopUpTrigger> {
  if (!billingEnabled()) return { started: false, reason: "billing_off" };
  const claim = await claimAutoTopUp(organizationId);
  if ("reason" in claim) return { started: false, reason: claim.reason };
  return chargeSavedCard(claim);
}

async function claimAutoTopUp(organizationId: string): Promise<Claim | { reason: "disabled" | "paused" | "no_card" | "in_progress" | "not_due" }> {
  return db().$transaction(async (tx) => {
    const account = await lockCreditAccount(tx, organizationId);
    if (!account.autoTopUpEnabled) return { reason: "disabled" as const };
    if (account.autoTopUpPausedAt) return { reason: "paused" as const };
    if (!account.paymentMethodId || !account.stripeCustomerId) return { reason: "no_card" as const };
    const card = { customerId: account.stripeCustomerId, paymentMethodId: account.paymentMethodId };
    if (account.autoTopUpPaymentId) {
      const current = await tx.payment.findUnique({ where: { id: account.autoTopUpPaymentId } });
      const unsent = current?.status === "pending" && !current.stripePaymentIntentId && current.createdAt.getTime() < Date.now() - UNSENT_ATTEMPT_MS;
      return unsent ? { payment: current, ...card } : { reason: "in_progress" as const };
    }
    if (account.balanceNano >= account.autoTopUpThresholdNano) return { reason: "not_due" as const };
    const pricing = priceTopUp(account.autoTopUpAmountNano);
    const payment = await tx.payment.create({
      data: { organizationId, kind: "auto_top_up", amountNano: pricing.amountNano, feeNano: pricing.feeNano, totalCents: pricing.totalCents },
    });
    await tx.creditAccount.update({ where: { organizationId }, data: { autoTopUpPaymentId: payment.id } });
    return { payment, ...card };
  });
}

async function chargeSavedCard({ payment, customerId, paymentMethodId }: Claim): Promise<AutoTopUpTrigger> {
  const failed = async (message: string, paymentIntentId: string | null): Promise<AutoTopUpTrigger> => {
    await db().$transaction((tx) => recordPaymentFailure(tx, payment.id, message, { paymentIntentId }));
    return { started: true, paymentId: payment.id, outcome: "failed", message };
  };
  try {
    const intent = await stripe().paymentIntents.create(
      {
        amount: payment.totalCents,
        currency: "usd",
        customer: customerId,
        payment_method: paymentMethodId,
        off_session: true,
        confirm: true,
        description: `Switchboard auto top-up: ${formatUsd(payment.amountNano)} + ${formatUsd(payment.feeNano)} fee`,
        metadata: paymentMetadata(payment),
        // The charge comes back with the intent: its receipt is shown without waiting for charge.succeeded.
        expand: ["latest_charge"],
      },
      { idempotencyKey: `auto-top-up-${payment.id}` },
    );
    const charge = intent.latest_charge;
    const refs = typeof charge === "string" || !charge
      ? { paymentIntentId: intent.id, chargeId: charge }
      : { paymentIntentId: intent.id, chargeId: charge.id, receiptUrl: charge.receipt_url };
    if (intent.status === "succeeded") {
      await db().$transaction((tx) => creditPayment(tx, payment.id, refs));
      return { started: true, paymentId: payment.id, outcome: "credited" };
    }
    if (intent.status === "processing") {
      await db().$transaction((tx) => recordCharge(tx, payment.id, refs));
      return { started: true, paymentId: payment.id, outcome: "processing" };
    }
    const message =
      intent.status === "requires_action"
        ? "The bank asked to confirm this payment (e.g. 3-D Secure), which cannot happen while you are away. Top up by hand or save another card."
        : (intent.last_payment_error?.message ?? `The payment did not go through (${intent.status}).`);
    return failed(message, intent.id);
  } catch (error) {
    const refusal = stripeRefusal(error);
    // Network trouble or a Stripe outage: the claim stays, and the attempt is sent again later (see UNSENT_ATTEMPT_MS).
    if (!refusal) throw error;
    return failed(refusal.message, refusal.paymentIntentId);
  }
}
