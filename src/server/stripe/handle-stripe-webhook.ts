import type Stripe from "stripe";
import { applyStripeEvent } from "../services/billing/apply-stripe-event";
import { billingEnabled, stripe, webhookSecret } from "./client";

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/**
 * POST /api/stripe/webhook. The signature is checked against the raw body before anything else: a body that was
 * changed, signed with another secret, or too old (5 minutes) gets 400 and changes nothing. A verified event that
 * fails to apply gets 500, so Stripe delivers it again later.
 */
export async function handleStripeWebhook(request: Request): Promise<Response> {
  if (!billingEnabled()) return json(404, { error: "Billing is off on this server." });
  const signature = request.headers.get("stripe-signature");
  if (!signature) return json(400, { error: "Missing Stripe-Signature header." });
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe().webhooks.constructEvent(payload, signature, webhookSecret());
  } catch {
    return json(400, { error: "Invalid signature." });
  }
  try {
    const outcome = await applyStripeEvent(event);
    return json(200, { received: true, outcome });
  } catch (error) {
    console.error(`stripe webhook: ${event.type} ${event.id} failed`, error);
    return json(500, { error: "The event could not be applied; Stripe will deliver it again." });
  }
}
