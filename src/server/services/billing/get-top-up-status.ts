import { z } from "zod";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { stripe } from "../../stripe/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { paymentViewSelect } from "./payment-view";
import { cancelPayment, creditPayment } from "./record-payment-outcome";

export const topUpStatusSchema = z.object({ sessionId: z.string().trim().min(1, "sessionId is required").max(200) });

/**
 * The state of a Checkout top-up, for the page Stripe sends the customer back to (polled until credited). The
 * webhook credits the payment; if it has not arrived yet, the session is read from Stripe and a paid one is credited
 * here, by the same idempotent step.
 */
export async function getTopUpStatus(scope: OrganizationScope, input: z.infer<typeof topUpStatusSchema>) {
  requireRole(scope, "admin");
  const find = () =>
    db().payment.findFirst({ where: { organizationId: scope.organizationId, stripeCheckoutSessionId: input.sessionId }, select: paymentViewSelect });
  const payment = await find();
  if (!payment) throw new AppError("NOT_FOUND", "No top-up with this checkout session.");
  if (payment.status !== "pending" && payment.status !== "failed") return payment;

  const session = await stripe().checkout.sessions.retrieve(input.sessionId, { expand: ["payment_intent.latest_charge"] });
  const intent = typeof session.payment_intent === "string" ? null : session.payment_intent;
  const charge = intent && typeof intent.latest_charge !== "string" ? intent.latest_charge : null;
  if (session.payment_status === "paid") {
    await db().$transaction((tx) =>
      creditPayment(tx, payment.id, {
        paymentIntentId: intent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : null),
        chargeId: charge?.id,
        receiptUrl: charge?.receipt_url,
      }),
    );
  } else if (session.status === "expired") {
    await db().$transaction((tx) => cancelPayment(tx, payment.id));
  }
  return (await find()) ?? payment;
}
