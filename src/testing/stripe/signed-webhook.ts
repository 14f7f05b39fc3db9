import Stripe from "stripe";
import type { StripeEventPayload } from "./stripe-state";

/**
 * A webhook delivery as Stripe makes it: the JSON body and a genuine `Stripe-Signature` header computed with the
 * endpoint's secret. `body` overrides what is sent (e.g. a tampered copy) while the signature stays the original's.
 */
export function signedWebhookRequest(event: StripeEventPayload, secret: string, options: { body?: string; url?: string } = {}): Request {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  return new Request(options.url ?? "http://localhost/api/stripe/webhook", {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: options.body ?? payload,
  });
}
