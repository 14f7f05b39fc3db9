import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../../errors";
import { stripe } from "../../stripe/client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { lockCreditAccount } from "./lock-credit-account";

export type SavedCard = {
  customerId: string | null;
  paymentMethodId: string;
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
};

/** The card a completed setup-mode Checkout Session saved, read from its SetupIntent. */
export async function readCardFromSetupIntent(setupIntentId: string): Promise<SavedCard> {
  const setupIntent = await stripe().setupIntents.retrieve(setupIntentId, { expand: ["payment_method"] });
  const method = setupIntent.payment_method;
  if (!method) throw new AppError("BAD_REQUEST", "The card setup has no payment method yet.");
  const card = typeof method === "string" ? null : method.card;
  const customer = setupIntent.customer;
  return {
    customerId: typeof customer === "string" ? customer : (customer?.id ?? null),
    paymentMethodId: typeof method === "string" ? method : method.id,
    brand: card?.brand ?? null,
    last4: card?.last4 ?? null,
    expMonth: card?.exp_month ?? null,
    expYear: card?.exp_year ?? null,
  };
}

/**
 * Makes `card` the one auto top-up charges. A new card also ends a pause after failed top-ups. Returns false when it
 * was already saved (the webhook and the success page may both report the same setup).
 */
export async function saveCard(tx: Prisma.TransactionClient, organizationId: string, card: SavedCard, actorId: string | null): Promise<boolean> {
  const account = await lockCreditAccount(tx, organizationId);
  if (account.paymentMethodId === card.paymentMethodId) return false;
  await tx.creditAccount.update({
    where: { organizationId },
    data: {
      paymentMethodId: card.paymentMethodId,
      cardBrand: card.brand,
      cardLast4: card.last4,
      cardExpMonth: card.expMonth,
      cardExpYear: card.expYear,
      ...(account.stripeCustomerId || !card.customerId ? {} : { stripeCustomerId: card.customerId }),
      autoTopUpFailures: 0,
      autoTopUpPausedAt: null,
      autoTopUpLastError: null,
    },
  });
  const actor = actorId ? await tx.user.findUnique({ where: { id: actorId }, select: { id: true } }) : null;
  await recordAuditEvent(tx, { organizationId, userId: actor?.id ?? null }, {
    action: "billing.card_saved",
    targetType: "payment_method",
    targetId: card.paymentMethodId,
    metadata: { brand: card.brand, last4: card.last4 },
  });
  return true;
}
