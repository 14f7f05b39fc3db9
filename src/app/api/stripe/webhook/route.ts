import { handleStripeWebhook } from "@/server/stripe/handle-stripe-webhook";

// The signature covers the exact bytes Stripe sent, so the handler reads the raw body itself.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleStripeWebhook(request);
}
