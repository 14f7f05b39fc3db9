import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../../errors";

/** The credit account row as read under its lock; balances are nano-dollars. */
export type LockedCreditAccount = {
  organizationId: string;
  balanceNano: bigint;
  reservedNano: bigint;
  stripeCustomerId: string | null;
  paymentMethodId: string | null;
  autoTopUpEnabled: boolean;
  autoTopUpThresholdNano: bigint;
  autoTopUpAmountNano: bigint;
  autoTopUpPaymentId: string | null;
  autoTopUpFailures: number;
  autoTopUpPausedAt: Date | null;
};

function selectForUpdate(tx: Prisma.TransactionClient, organizationId: string) {
  return tx.$queryRaw<LockedCreditAccount[]>`
    SELECT "organizationId", "balanceNano", "reservedNano", "stripeCustomerId", "paymentMethodId", "autoTopUpEnabled",
           "autoTopUpThresholdNano", "autoTopUpAmountNano", "autoTopUpPaymentId", "autoTopUpFailures", "autoTopUpPausedAt"
    FROM "CreditAccount" WHERE "organizationId" = ${organizationId} FOR UPDATE`;
}

/**
 * Locks the organization's credit account (creating it on first use) until the transaction ends. Every change to
 * credits takes this lock first, so checks and writes on one organization's money happen one at a time and see each
 * other's results: the check "can the balance cover this?" and the write that relies on it cannot be interleaved.
 */
export async function lockCreditAccount(tx: Prisma.TransactionClient, organizationId: string): Promise<LockedCreditAccount> {
  const [existing] = await selectForUpdate(tx, organizationId);
  if (existing) return existing;
  // Inserting through a SELECT on Organization creates nothing for an unknown id (instead of a foreign-key error).
  await tx.$executeRaw`
    INSERT INTO "CreditAccount" ("organizationId", "updatedAt")
    SELECT "id", now() FROM "Organization" WHERE "id" = ${organizationId}
    ON CONFLICT ("organizationId") DO NOTHING`;
  const [created] = await selectForUpdate(tx, organizationId);
  if (!created) throw new AppError("NOT_FOUND", "Organization not found.");
  return created;
}

/** True when the balance is below the auto top-up threshold and a top-up could start now. */
export function autoTopUpDue(account: LockedCreditAccount): boolean {
  return (
    account.autoTopUpEnabled &&
    account.autoTopUpPausedAt === null &&
    account.paymentMethodId !== null &&
    account.autoTopUpPaymentId === null &&
    account.balanceNano < account.autoTopUpThresholdNano
  );
}
