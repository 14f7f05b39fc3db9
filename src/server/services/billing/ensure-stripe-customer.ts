import { db } from "../../db/client";
import { stripe } from "../../stripe/client";

/**
 * The organization's Stripe customer, created on first need. Concurrent first calls send the same idempotency key,
 * so Stripe creates one customer, and the conditional update keeps whichever id was stored first.
 */
export async function ensureStripeCustomer(organizationId: string): Promise<string> {
  const account = await db().creditAccount.upsert({
    where: { organizationId },
    create: { organizationId },
    update: {},
    select: { stripeCustomerId: true, organization: { select: { name: true } } },
  });
  if (account.stripeCustomerId) return account.stripeCustomerId;
  const customer = await stripe().customers.create(
    { name: account.organization.name, metadata: { organizationId } },
    { idempotencyKey: `customer-${organizationId}` },
  );
  await db().creditAccount.updateMany({ where: { organizationId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  const stored = await db().creditAccount.findUniqueOrThrow({ where: { organizationId }, select: { stripeCustomerId: true } });
  return stored.stripeCustomerId ?? customer.id;
}
