import { db } from "../../db/client";

export type LedgerVerification = {
  ok: boolean;
  balanceNano: bigint;
  ledgerSumNano: bigint;
  reservedNano: bigint;
  openReservationsNano: bigint;
  /** The first ledger row whose balanceAfterNano does not follow from the rows before it, if any. */
  firstBrokenEntryId: string | null;
};

/**
 * Proves the books of one organization: the balance equals the sum of its ledger, every row's balance-after is the
 * running sum up to it (in insertion order), and the held amount equals the sum of its open reservations.
 */
export async function verifyLedger(organizationId: string): Promise<LedgerVerification> {
  return db().$transaction(
    async (tx) => {
      // One snapshot for every read, so a concurrent charge cannot make consistent books look inconsistent.
      const account = await tx.creditAccount.findUnique({ where: { organizationId }, select: { balanceNano: true, reservedNano: true } });
      const [sums] = await tx.$queryRaw<Array<{ ledger: bigint | null; open: bigint | null }>>`
        SELECT (SELECT SUM("amountNano")::bigint FROM "LedgerEntry" WHERE "organizationId" = ${organizationId}) AS ledger,
               (SELECT SUM("amountNano")::bigint FROM "CreditReservation"
                 WHERE "organizationId" = ${organizationId} AND "status" = 'open' AND "chargesCredits") AS open`;
      const [broken] = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM (
          SELECT "id", "sequence", "balanceAfterNano", SUM("amountNano") OVER (ORDER BY "sequence") AS running
          FROM "LedgerEntry" WHERE "organizationId" = ${organizationId}
        ) chain WHERE "balanceAfterNano" <> running ORDER BY "sequence" LIMIT 1`;
      const balanceNano = account?.balanceNano ?? 0n;
      const reservedNano = account?.reservedNano ?? 0n;
      const ledgerSumNano = sums?.ledger ?? 0n;
      const openReservationsNano = sums?.open ?? 0n;
      return {
        ok: balanceNano === ledgerSumNano && reservedNano === openReservationsNano && !broken,
        balanceNano,
        ledgerSumNano,
        reservedNano,
        openReservationsNano,
        firstBrokenEntryId: broken?.id ?? null,
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
