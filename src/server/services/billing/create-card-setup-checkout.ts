import { randomUUID } from "node:crypto";
import { z } from "zod";
import { stripe } from "../../stripe/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { billingPageUrl, returnOriginSchema } from "./billing-return-url";
import { ensureStripeCustomer } from "./ensure-stripe-customer";

export const createCardSetupCheckoutSchema = z.object({ origin: returnOriginSchema });

/** Starts a Stripe Checkout in setup mode: the customer saves a card that auto top-up may charge off-session. */
export async function createCardSetupCheckout(scope: OrganizationScope, input: z.infer<typeof createCardSetupCheckoutSchema>) {
  requireRole(scope, "admin");
  const client = stripe();
  const customerId = await ensureStripeCustomer(scope.organizationId);
  const metadata = { organizationId: scope.organizationId, userId: scope.userId, purpose: "auto_top_up_card" };
  const session = await client.checkout.sessions.create(
    {
      mode: "setup",
      customer: customerId,
      client_reference_id: scope.organizationId,
      allowed_payment_method_types: ["card"],
      metadata,
      setup_intent_data: { metadata, description: "Card for Switchboard auto top-up" },
      success_url: billingPageUrl(input.origin, "setup=success&session_id={CHECKOUT_SESSION_ID}"),
      cancel_url: billingPageUrl(input.origin, "setup=canceled"),
    },
    // Each click is a new setup; the key makes the SDK's own retries of this call reuse one session.
    { idempotencyKey: `card-setup-${scope.organizationId}-${randomUUID()}` },
  );
  if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
  return { url: session.url, sessionId: session.id };
}
