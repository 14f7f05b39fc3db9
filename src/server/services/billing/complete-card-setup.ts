import Stripe from "stripe";
import { z } from "zod";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { stripe } from "../../stripe/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { readCardFromSetupIntent, saveCard } from "./save-card";

export const completeCardSetupSchema = z.object({ sessionId: z.string().trim().min(1, "sessionId is required").max(200) });

/**
 * Called by the page Stripe returns to after saving a card, so the card shows at once even before the webhook
 * arrives. The session must be a setup session of this organization; saving is idempotent with the webhook's.
 */
export async function completeCardSetup(scope: OrganizationScope, input: z.infer<typeof completeCardSetupSchema>) {
  requireRole(scope, "admin");
  const client = stripe();
  let session: Stripe.Checkout.Session;
  try {
    session = await client.checkout.sessions.retrieve(input.sessionId);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError) throw new AppError("NOT_FOUND", "No card setup with this session.");
    throw error;
  }
  if (session.mode !== "setup" || session.metadata?.organizationId !== scope.organizationId) {
    throw new AppError("NOT_FOUND", "No card setup with this session.");
  }
  const setupIntentId = typeof session.setup_intent === "string" ? session.setup_intent : session.setup_intent?.id;
  if (session.status !== "complete" || !setupIntentId) return { saved: false };
  const card = await readCardFromSetupIntent(setupIntentId);
  await db().$transaction((tx) => saveCard(tx, scope.organizationId, card, scope.userId));
  return { saved: true };
}
