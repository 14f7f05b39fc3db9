import type { SpendPeriod } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { lockCreditAccount } from "./lock-credit-account";
import { lockKeySpend, readKeySpendLimit, spentInPeriodNano } from "./key-spend";
import { releaseExpiredReservations } from "./release-expired-reservations";

export type ReserveCreditsInput = {
  organizationId: string;
  /** The most the request can cost, in nano-dollars. */
  amountNano: bigint;
  /** The gateway's request id, kept with the reservation and its ledger row. */
  requestId: string;
  /** How long the hold lasts if it is never settled (a crash): longer than the slowest request. */
  ttlMs: number;
  /** The key making the request: the amount is also held against the key's spend limit. */
  apiKeyId?: string | null;
  /** false for requests paid with the project's own provider keys: only the key's spend limit is checked. */
  chargeCredits?: boolean;
};

export type ReserveCreditsResult =
  | { ok: true; reservationId: string; expiresAt: Date }
  | { ok: false; reason: "insufficient_credits"; availableNano: bigint }
  | { ok: false; reason: "key_spend_limit_reached"; remainingNano: bigint; limitNano: bigint; period: SpendPeriod };

/**
 * Holds `amountNano` for one request, or says why not. The check and the hold happen under the credit account's row
 * lock (and the key's), so concurrent requests are counted one after another: the sum of open holds never exceeds the
 * balance, and a key never holds more than its limit leaves. When refused, holds left by crashed requests
 * (expired) are released and the request is tried once more.
 */
export async function reserveCredits(input: ReserveCreditsInput): Promise<ReserveCreditsResult> {
  if (input.amountNano < 0n) throw new AppError("BAD_REQUEST", "A reservation cannot be negative.");
  if (!Number.isFinite(input.ttlMs) || input.ttlMs <= 0) throw new AppError("BAD_REQUEST", "A reservation needs a positive ttlMs.");
  const first = await attemptReservation(input);
  if (first.ok) return first;
  const released = await releaseExpiredReservations({ organizationId: input.organizationId });
  return released > 0 ? attemptReservation(input) : first;
}

async function attemptReservation(input: ReserveCreditsInput): Promise<ReserveCreditsResult> {
  const chargeCredits = input.chargeCredits ?? true;
  const apiKeyId = input.apiKeyId ?? null;
  return db().$transaction(
    async (tx): Promise<ReserveCreditsResult> => {
      const account = chargeCredits ? await lockCreditAccount(tx, input.organizationId) : null;
      if (account) {
        const availableNano = account.balanceNano - account.reservedNano;
        if (availableNano < input.amountNano) return { ok: false, reason: "insufficient_credits", availableNano };
      }
      if (apiKeyId) {
        const limit = await readKeySpendLimit(tx, apiKeyId);
        if (!limit) throw new AppError("NOT_FOUND", "API key not found.");
        const spend = await lockKeySpend(tx, apiKeyId);
        if (limit.limitNano !== null) {
          const spent = await spentInPeriodNano(tx, apiKeyId, limit.period, spend.spentNano, new Date());
          const remainingNano = limit.limitNano - spent - spend.reservedNano;
          if (remainingNano < input.amountNano) {
            return { ok: false, reason: "key_spend_limit_reached", remainingNano: remainingNano > 0n ? remainingNano : 0n, limitNano: limit.limitNano, period: limit.period };
          }
        }
        await tx.$executeRaw`UPDATE "ApiKeySpend" SET "reservedNano" = "reservedNano" + ${input.amountNano}, "updatedAt" = now() WHERE "apiKeyId" = ${apiKeyId}`;
      }
      const reservation = await tx.creditReservation.create({
        data: {
          organizationId: input.organizationId,
          apiKeyId,
          requestId: input.requestId,
          amountNano: input.amountNano,
          chargesCredits: chargeCredits,
          expiresAt: new Date(Date.now() + input.ttlMs),
        },
        select: { id: true, expiresAt: true },
      });
      if (account) {
        await tx.creditAccount.update({ where: { organizationId: input.organizationId }, data: { reservedNano: { increment: input.amountNano } } });
      }
      return { ok: true, reservationId: reservation.id, expiresAt: reservation.expiresAt };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}
