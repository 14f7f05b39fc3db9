// The e2e server talks to a Stripe imitation that the billing spec starts on this port (src/testing/stripe).
export const E2E_STRIPE = {
  // Next to the app's own e2e port (playwright.config.ts), read when used: the config sets that port first.
  get port(): number {
    return Number(process.env.E2E_STRIPE_PORT ?? Number(process.env.E2E_PORT ?? 3199) + 1000);
  },
  secretKey: "sk_test_e2e_switchboard_0123456789",
  webhookSecret: "whsec_e2e_switchboard_0123456789abcdef",
};

export function e2eStripeEnv(): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: E2E_STRIPE.secretKey,
    STRIPE_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
    STRIPE_API_HOST: "127.0.0.1",
    STRIPE_API_PORT: String(E2E_STRIPE.port),
    STRIPE_API_PROTOCOL: "http",
  };
}
