import type { Prisma } from "@/generated/prisma/client";
import { centsToNano, formatUsd, nanoToUsd } from "@/lib/money/usd-nano";
import { AppError } from "../../errors";
import { appendLedgerEntry } from "./append-ledger-entry";
import { lockCreditAccount, type LockedCreditAccount } from "./lock-credit-account";

// Payment state changes, each in the caller's transaction and each safe to apply any number of times in any order:
// Stripe delivers events at least once, late and out of order. A credited payment stays credited (a late failure is
// ignored), a payment is credited once (creditedAt under the lock, and the ledger's unique idempotency key), and
// refunds are applied from Stripe's cumulative refunded amount, so an old refund event can never reverse twice.

export type StripeRefs = { paymentIntentId?: string | null; chargeId?: string | null; receiptUrl?: string | null };

/** The consecutive auto top-up failures after which auto top-up pauses until the card or settings change. */
export const AUTO_TOP_UP_MAX_FAILURES = 3;

const lockedPaymentSelect = {
  id: true,
  organizationId: true,
  kind: true,
  status: true,
  amountNano: true,
  feeNano: true,
  totalCents: true,
  refundedCents: true,
  creditedAt: true,
  stripePaymentIntentId: true,
  stripeChargeId: true,
  receiptUrl: true,
} satisfies Prisma.PaymentSelect;
type LockedPayment = Prisma.PaymentGetPayload<{ select: typeof lockedPaymentSelect }>;

async function lockPayment(tx: Prisma.TransactionClient, paymentId: string): Promise<{ account: LockedCreditAccount; payment: LockedPayment }> {
  const owner = await tx.payment.findUnique({ where: { id: paymentId }, select: { organizationId: true } });
  if (!owner) throw new AppError("NOT_FOUND", "Payment not found.");
  const account = await lockCreditAccount(tx, owner.organizationId);
  // Read again under the account lock: every status change of a payment happens under it.
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: lockedPaymentSelect });
  return { account, payment };
}

async function attachStripeRefs(tx: Prisma.TransactionClient, payment: LockedPayment, refs: StripeRefs): Promise<void> {
  const data: Prisma.PaymentUpdateInput = {};
  if (refs.paymentIntentId && !payment.stripePaymentIntentId) data.stripePaymentIntentId = refs.paymentIntentId;
  if (refs.chargeId && refs.chargeId !== payment.stripeChargeId) data.stripeChargeId = refs.chargeId;
  if (refs.receiptUrl && refs.receiptUrl !== payment.receiptUrl) data.receiptUrl = refs.receiptUrl;
  if (Object.keys(data).length > 0) await tx.payment.update({ where: { id: payment.id }, data });
}

function chargedDescription(payment: LockedPayment): string {
  const what = payment.kind === "auto_top_up" ? "Auto top-up" : "Top-up";
  return `${what}: ${formatUsd(centsToNano(payment.totalCents))} charged, including a ${formatUsd(payment.feeNano)} platform fee`;
}

/** Grants the payment's credits (once) and marks it succeeded. Returns whether this call credited it. */
export async function creditPayment(tx: Prisma.TransactionClient, paymentId: string, refs: StripeRefs = {}): Promise<boolean> {
  const { account, payment } = await lockPayment(tx, paymentId);
  await attachStripeRefs(tx, payment, refs);
  if (payment.creditedAt) return false;
  await appendLedgerEntry(tx, account, {
    kind: "top_up",
    amountNano: payment.amountNano,
    description: chargedDescription(payment),
    idempotencyKey: `top_up:${payment.id}`,
    paymentId: payment.id,
    metadata: { feeUsd: nanoToUsd(payment.feeNano), chargedUsd: nanoToUsd(centsToNano(payment.totalCents)), paymentKind: payment.kind },
  });
  const creditedAt = new Date();
  await tx.payment.update({ where: { id: payment.id }, data: { status: "succeeded", creditedAt, failureMessage: null } });
  if (payment.kind === "auto_top_up") {
    await tx.creditAccount.update({
      where: { organizationId: payment.organizationId },
      data: { autoTopUpFailures: 0, autoTopUpLastError: null, ...(account.autoTopUpPaymentId === payment.id ? { autoTopUpPaymentId: null } : {}) },
    });
  }
  // A refund that arrived before the success (events out of order) is applied now that there is something to reverse.
  await reverseRefundedCredits(tx, account, { ...payment, creditedAt });
  return true;
}

/**
 * Records a failed charge on a payment that has not succeeded. For auto top-ups it ends the attempt and counts the
 * failure; the third in a row pauses auto top-up. Returns whether the payment changed.
 */
export async function recordPaymentFailure(tx: Prisma.TransactionClient, paymentId: string, message: string, refs: StripeRefs = {}): Promise<boolean> {
  const { account, payment } = await lockPayment(tx, paymentId);
  await attachStripeRefs(tx, payment, refs);
  if (payment.status !== "pending" && payment.status !== "failed") return false;
  const failureMessage = message.slice(0, 500);
  await tx.payment.update({ where: { id: payment.id }, data: { status: "failed", failureMessage } });
  if (payment.kind === "auto_top_up" && payment.status === "pending") {
    const failures = account.autoTopUpFailures + 1;
    await tx.creditAccount.update({
      where: { organizationId: payment.organizationId },
      data: {
        autoTopUpFailures: failures,
        autoTopUpLastError: failureMessage,
        ...(failures >= AUTO_TOP_UP_MAX_FAILURES && !account.autoTopUpPausedAt ? { autoTopUpPausedAt: new Date() } : {}),
        ...(account.autoTopUpPaymentId === payment.id ? { autoTopUpPaymentId: null } : {}),
      },
    });
  }
  return true;
}

/** A Checkout Session expired unpaid. */
export async function cancelPayment(tx: Prisma.TransactionClient, paymentId: string): Promise<boolean> {
  const { payment } = await lockPayment(tx, paymentId);
  if (payment.status !== "pending") return false;
  await tx.payment.update({ where: { id: payment.id }, data: { status: "canceled" } });
  return true;
}

/** Stripe's receipt for the charge, for the dashboard's receipts list. */
export async function recordCharge(tx: Prisma.TransactionClient, paymentId: string, refs: StripeRefs): Promise<void> {
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: lockedPaymentSelect });
  await attachStripeRefs(tx, payment, refs);
}

/** Applies Stripe's cumulative refunded amount for the payment's charge (never decreasing). */
export async function recordRefund(tx: Prisma.TransactionClient, paymentId: string, refundedCents: number, refs: StripeRefs = {}): Promise<void> {
  const { account, payment } = await lockPayment(tx, paymentId);
  await attachStripeRefs(tx, payment, refs);
  const cumulative = Math.min(Math.max(payment.refundedCents, refundedCents), payment.totalCents);
  if (cumulative !== payment.refundedCents) await tx.payment.update({ where: { id: payment.id }, data: { refundedCents: cumulative } });
  if (payment.creditedAt) await reverseRefundedCredits(tx, account, { ...payment, refundedCents: cumulative });
}

/**
 * Takes back credits in proportion to what was refunded of what was charged (the fee is refunded in the same
 * proportion by Stripe): refunding $52.50 of a $105.00 charge takes back $50.00 of its $100.00 credits. Writes only
 * the difference from the refund rows already in the ledger. The balance may go below zero if the credits were spent.
 */
async function reverseRefundedCredits(tx: Prisma.TransactionClient, account: LockedCreditAccount, payment: LockedPayment): Promise<void> {
  if (payment.refundedCents === 0) return;
  const target = (payment.amountNano * BigInt(payment.refundedCents)) / BigInt(payment.totalCents);
  const existing = await tx.ledgerEntry.aggregate({ where: { paymentId: payment.id, kind: "refund" }, _sum: { amountNano: true } });
  const reversed = -(existing._sum.amountNano ?? 0n);
  const delta = target - reversed;
  if (delta <= 0n) return;
  await appendLedgerEntry(tx, account, {
    kind: "refund",
    amountNano: -delta,
    description: `Refund: ${formatUsd(centsToNano(payment.refundedCents))} of ${formatUsd(centsToNano(payment.totalCents))} refunded to the card`,
    idempotencyKey: `refund:${payment.id}:${payment.refundedCents}`,
    paymentId: payment.id,
    metadata: { refundedCents: payment.refundedCents, totalCents: payment.totalCents },
  });
}
