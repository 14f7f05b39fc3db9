import { db } from "../../db/client";
import { stripe } from "../../stripe/client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { lockCreditAccount } from "./lock-credit-account";

/** Forgets the saved card (and detaches it in Stripe); auto top-up turns off with it. */
export async function removeCard(scope: OrganizationScope) {
  requireRole(scope, "admin");
  const client = stripe();
  const removed = await db().$transaction(async (tx) => {
    const account = await lockCreditAccount(tx, scope.organizationId);
    if (!account.paymentMethodId) return null;
    await tx.creditAccount.update({
      where: { organizationId: scope.organizationId },
      data: { paymentMethodId: null, cardBrand: null, cardLast4: null, cardExpMonth: null, cardExpYear: null, autoTopUpEnabled: false },
    });
    await recordAuditEvent(tx, scope, { action: "billing.card_removed", targetType: "payment_method", targetId: account.paymentMethodId });
    return account.paymentMethodId;
  });
  // After the commit: a failure here leaves a card Stripe still holds but we never charge, which is harmless.
  if (removed) await client.paymentMethods.detach(removed).catch((error: unknown) => console.error("stripe: detaching a card failed", error));
  return { removed: removed !== null };
}
