import { after } from "node:test";
import { handleStripeWebhook } from "@/server/stripe/handle-stripe-webhook";
import { startFakeStripe } from "./fake-stripe";
import { signedWebhookRequest } from "./signed-webhook";
import type { StripeEventPayload } from "./stripe-state";

export const STRIPE_TEST_SECRET_KEY = "sk_test_switchboard_0123456789";
export const STRIPE_TEST_WEBHOOK_SECRET = "whsec_test_switchboard_0123456789abcdef";

/**
 * Starts the Stripe imitation and points the app at it, for a test file that needs billing on. Import it before any
 * code reads the environment (the app parses it once, on first use).
 */
export async function useFakeStripe() {
  const fake = await startFakeStripe();
  Object.assign(process.env, fake.env({ secretKey: STRIPE_TEST_SECRET_KEY, webhookSecret: STRIPE_TEST_WEBHOOK_SECRET }));
  after(() => fake.close());
  /** Delivers an event to the webhook handler as Stripe would: signed with the endpoint's secret. */
  const deliver = async (event: StripeEventPayload) => {
    const response = await handleStripeWebhook(signedWebhookRequest(event, STRIPE_TEST_WEBHOOK_SECRET));
    return { status: response.status, body: (await response.json()) as { outcome?: string; error?: string } };
  };
  return { fake, deliver };
}
