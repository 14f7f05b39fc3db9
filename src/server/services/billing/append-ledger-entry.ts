import type { LedgerEntryKind, Prisma } from "@/generated/prisma/client";
import type { LockedCreditAccount } from "./lock-credit-account";

export type LedgerEntryInput = {
  kind: LedgerEntryKind;
  /** Signed nano-dollars: credits in are positive, usage and refunds negative. */
  amountNano: bigint;
  description: string;
  /** The fact this row records, once: a second row with the same key fails on the unique index. */
  idempotencyKey?: string;
  paymentId?: string;
  reservationId?: string;
  requestId?: string;
  requestLogId?: string;
  apiKeyId?: string;
  actorId?: string | null;
  metadata?: Prisma.InputJsonValue;
};

/**
 * Writes one ledger row and moves the balance by the same amount, in the caller's transaction, which must hold the
 * account lock (lockCreditAccount). The account object is updated too, so several rows in one transaction chain.
 */
export async function appendLedgerEntry(tx: Prisma.TransactionClient, account: LockedCreditAccount, entry: LedgerEntryInput) {
  const balanceAfterNano = account.balanceNano + entry.amountNano;
  const row = await tx.ledgerEntry.create({
    data: {
      organizationId: account.organizationId,
      kind: entry.kind,
      amountNano: entry.amountNano,
      balanceAfterNano,
      description: entry.description,
      idempotencyKey: entry.idempotencyKey ?? null,
      paymentId: entry.paymentId ?? null,
      reservationId: entry.reservationId ?? null,
      requestId: entry.requestId ?? null,
      requestLogId: entry.requestLogId ?? null,
      apiKeyId: entry.apiKeyId ?? null,
      actorId: entry.actorId ?? null,
      metadata: entry.metadata,
    },
    select: { id: true, sequence: true },
  });
  await tx.creditAccount.update({ where: { organizationId: account.organizationId }, data: { balanceNano: balanceAfterNano } });
  account.balanceNano = balanceAfterNano;
  return { ...row, balanceAfterNano };
}
