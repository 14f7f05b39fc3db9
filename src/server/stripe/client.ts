import Stripe from "stripe";
import { env } from "../env";
import { AppError } from "../errors";

// One Stripe client per process, created on first use from the validated environment. STRIPE_API_HOST/PORT/PROTOCOL
// point the real SDK elsewhere (the tests use a local imitation of the endpoints the app calls).
const globalForStripe = globalThis as unknown as { switchboardStripe?: { key: string; client: Stripe } };

/** Billing needs both the secret key and the webhook secret (credits are granted by the webhook). */
export function billingEnabled(): boolean {
  const config = env();
  return Boolean(config.STRIPE_SECRET_KEY && config.STRIPE_WEBHOOK_SECRET);
}

export function stripe(): Stripe {
  const config = env();
  const key = config.STRIPE_SECRET_KEY;
  if (!key || !config.STRIPE_WEBHOOK_SECRET) {
    throw new AppError("BAD_REQUEST", "Billing is off on this server: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to turn it on.");
  }
  const cached = globalForStripe.switchboardStripe;
  if (cached?.key === key) return cached.client;
  const client = new Stripe(key, {
    ...(config.STRIPE_API_HOST ? { host: config.STRIPE_API_HOST } : {}),
    ...(config.STRIPE_API_PORT ? { port: config.STRIPE_API_PORT } : {}),
    ...(config.STRIPE_API_PROTOCOL ? { protocol: config.STRIPE_API_PROTOCOL } : {}),
    // Retried calls reuse our idempotency keys, so a retry never creates a second session or payment.
    maxNetworkRetries: 2,
    timeout: 30_000,
    telemetry: false,
    appInfo: { name: "Switchboard" },
  });
  globalForStripe.switchboardStripe = { key, client };
  return client;
}

export function webhookSecret(): string {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new AppError("BAD_REQUEST", "Billing is off on this server.");
  return secret;
}

/**
 * Stripe's refusal of a request (a declined card, a detached payment method, an invalid request: any 4xx), with the
 * PaymentIntent it concerned; null for errors worth retrying later (network, Stripe's 5xx).
 */
export function stripeRefusal(error: unknown): { message: string; paymentIntentId: string | null } | null {
  if (!(error instanceof Stripe.errors.StripeError)) return null;
  const status = error.statusCode ?? 0;
  if (status < 400 || status >= 500 || status === 409 || status === 429) return null;
  return { message: error.message, paymentIntentId: error.payment_intent?.id ?? null };
}
