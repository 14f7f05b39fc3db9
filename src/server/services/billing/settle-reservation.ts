import type { Prisma } from "@/generated/prisma/client";
import type { ReservationStatus } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { appendLedgerEntry } from "./append-ledger-entry";
import { autoTopUpDue, lockCreditAccount } from "./lock-credit-account";
import { lockKeySpend, recordKeySpend } from "./key-spend";

export type SettleDetails = {
  /** Shown in the ledger, e.g. "gpt-4o-mini via openai: 1,234 tokens". */
  description: string;
  requestId?: string;
  requestLogId?: string;
  metadata?: Prisma.InputJsonValue;
};

export type SettleResult =
  | {
      status: "settled";
      chargedNano: bigint;
      /** What the actual cost exceeded the hold by (0 when the hold covered it). */
      overrunNano: bigint;
      /** The organization's balance after the charge; null for requests that charge no credits. */
      balanceNano: bigint | null;
      /** The balance fell below the auto top-up threshold: call maybeTriggerAutoTopUp(organizationId), off the request path. */
      autoTopUpDue: boolean;
    }
  | { status: "already_settled" };

/**
 * Charges the actual cost of a request and closes its reservation, once: settling again returns "already_settled"
 * and charges nothing. A reservation released as expired (a request slower than its TTL) is still charged, because the
 * request did run. Zero-cost requests close the reservation without a ledger row.
 */
export async function settleReservation(reservationId: string, actualCostNano: bigint, details: SettleDetails): Promise<SettleResult> {
  if (actualCostNano < 0n) throw new AppError("BAD_REQUEST", "A cost cannot be negative.");
  const found = await db().creditReservation.findUnique({
    where: { id: reservationId },
    select: { organizationId: true, chargesCredits: true, apiKeyId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Reservation not found.");

  return db().$transaction(
    async (tx): Promise<SettleResult> => {
      // Lock order everywhere: credit account, then reservation, then key spend.
      const account = found.chargesCredits ? await lockCreditAccount(tx, found.organizationId) : null;
      const [reservation] = await tx.$queryRaw<Array<{ status: ReservationStatus; amountNano: bigint; createdAt: Date }>>`
        SELECT "status", "amountNano", "createdAt" FROM "CreditReservation" WHERE "id" = ${reservationId} FOR UPDATE`;
      if (!reservation) throw new AppError("NOT_FOUND", "Reservation not found.");
      if (reservation.status === "settled") return { status: "already_settled" };
      const wasOpen = reservation.status === "open";

      await tx.creditReservation.update({
        where: { id: reservationId },
        data: { status: "settled", actualCostNano, closedAt: new Date() },
      });
      if (account) {
        if (wasOpen) {
          await tx.creditAccount.update({ where: { organizationId: found.organizationId }, data: { reservedNano: { decrement: reservation.amountNano } } });
          account.reservedNano -= reservation.amountNano;
        }
        if (actualCostNano > 0n) {
          await appendLedgerEntry(tx, account, {
            kind: "usage",
            amountNano: -actualCostNano,
            description: details.description,
            idempotencyKey: `usage:${reservationId}`,
            reservationId,
            requestId: details.requestId,
            requestLogId: details.requestLogId,
            apiKeyId: found.apiKeyId ?? undefined,
            metadata: details.metadata,
          });
        }
      }
      if (found.apiKeyId) {
        await lockKeySpend(tx, found.apiKeyId);
        await recordKeySpend(tx, found.apiKeyId, {
          reservedDeltaNano: wasOpen ? -reservation.amountNano : 0n,
          spentNano: actualCostNano,
          day: reservation.createdAt,
        });
      }
      const overrun = actualCostNano - reservation.amountNano;
      return {
        status: "settled",
        chargedNano: account ? actualCostNano : 0n,
        overrunNano: overrun > 0n ? overrun : 0n,
        balanceNano: account?.balanceNano ?? null,
        autoTopUpDue: account ? autoTopUpDue(account) : false,
      };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}
