import { z } from "zod";
import { priceTopUp, topUpAmountProblem } from "@/lib/money/top-up-pricing";
import { formatUsd, usdToNano } from "@/lib/money/usd-nano";
import { db } from "../../db/client";
import { stripe } from "../../stripe/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { billingPageUrl, returnOriginSchema } from "./billing-return-url";
import { ensureStripeCustomer } from "./ensure-stripe-customer";
import { paymentMetadata } from "./payment-view";

export const createTopUpCheckoutSchema = z.object({
  amountUsd: z
    .string()
    .trim()
    .superRefine((value, context) => {
      const problem = topUpAmountProblem(value);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  origin: returnOriginSchema,
});
export type CreateTopUpCheckoutInput = z.infer<typeof createTopUpCheckoutSchema>;

/**
 * Starts a Stripe Checkout (payment mode) for `amountUsd` of credits plus the platform fee, as two line items so the
 * customer sees the fee on Stripe's page too. The payment row comes first: its id is in the session's and the
 * PaymentIntent's metadata (with the organization and the amounts) and in the idempotency key, so a retried call
 * cannot open a second session, and every webhook finds its payment.
 */
export async function createTopUpCheckout(scope: OrganizationScope, input: CreateTopUpCheckoutInput) {
  requireRole(scope, "admin");
  const client = stripe();
  const pricing = priceTopUp(usdToNano(input.amountUsd));
  const customerId = await ensureStripeCustomer(scope.organizationId);
  const payment = await db().payment.create({
    data: {
      organizationId: scope.organizationId,
      kind: "checkout",
      amountNano: pricing.amountNano,
      feeNano: pricing.feeNano,
      totalCents: pricing.totalCents,
      createdById: scope.userId,
    },
  });
  const metadata = paymentMetadata(payment);
  try {
    const session = await client.checkout.sessions.create(
      {
        mode: "payment",
        customer: customerId,
        client_reference_id: scope.organizationId,
        line_items: [
          { quantity: 1, price_data: { currency: "usd", unit_amount: pricing.amountCents, product_data: { name: `Switchboard credits (${formatUsd(pricing.amountNano)})` } } },
          { quantity: 1, price_data: { currency: "usd", unit_amount: pricing.feeCents, product_data: { name: "Platform fee (5%)" } } },
        ],
        metadata,
        payment_intent_data: { metadata, description: `Switchboard credits: ${formatUsd(pricing.amountNano)} + ${formatUsd(pricing.feeNano)} fee` },
        success_url: billingPageUrl(input.origin, "checkout=success&session_id={CHECKOUT_SESSION_ID}"),
        cancel_url: billingPageUrl(input.origin, "checkout=canceled"),
      },
      { idempotencyKey: `checkout-${payment.id}` },
    );
    await db().payment.update({ where: { id: payment.id }, data: { stripeCheckoutSessionId: session.id } });
    if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
    return { url: session.url, sessionId: session.id, paymentId: payment.id };
  } catch (error) {
    // Nothing was charged: the customer never saw a checkout page.
    await db().payment.delete({ where: { id: payment.id } });
    throw error;
  }
}
