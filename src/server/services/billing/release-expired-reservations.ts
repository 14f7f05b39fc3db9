import { db } from "../../db/client";
import { lockCreditAccount } from "./lock-credit-account";
import { lockKeySpend, recordKeySpend } from "./key-spend";

/**
 * Releases reservations still open after their expiry (the instance that made them crashed or lost the request), so
 * their holds stop blocking the balance and key limits. Safe to run from several instances at once: each reservation
 * is re-checked under the locks. Returns how many were released. Run it every minute or so.
 */
export async function releaseExpiredReservations(options: { now?: Date; organizationId?: string; limit?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const expired = await db().creditReservation.findMany({
    where: { status: "open", expiresAt: { lt: now }, ...(options.organizationId ? { organizationId: options.organizationId } : {}) },
    select: { organizationId: true },
    distinct: ["organizationId"],
    take: options.limit ?? 1000,
  });
  let released = 0;
  for (const { organizationId } of expired) released += await releaseForOrganization(organizationId, now);
  return released;
}

async function releaseForOrganization(organizationId: string, now: Date): Promise<number> {
  return db().$transaction(
    async (tx) => {
      await lockCreditAccount(tx, organizationId);
      const rows = await tx.$queryRaw<Array<{ id: string; amountNano: bigint; chargesCredits: boolean; apiKeyId: string | null }>>`
        SELECT "id", "amountNano", "chargesCredits", "apiKeyId" FROM "CreditReservation"
        WHERE "organizationId" = ${organizationId} AND "status" = 'open' AND "expiresAt" < ${now}
        ORDER BY "id" FOR UPDATE`;
      if (rows.length === 0) return 0;
      await tx.creditReservation.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { status: "released", closedAt: now } });
      const creditsHeld = rows.filter((row) => row.chargesCredits).reduce((sum, row) => sum + row.amountNano, 0n);
      if (creditsHeld > 0n) {
        await tx.creditAccount.update({ where: { organizationId }, data: { reservedNano: { decrement: creditsHeld } } });
      }
      const heldByKey = new Map<string, bigint>();
      for (const row of rows) if (row.apiKeyId) heldByKey.set(row.apiKeyId, (heldByKey.get(row.apiKeyId) ?? 0n) + row.amountNano);
      for (const [apiKeyId, held] of [...heldByKey].sort(([a], [b]) => a.localeCompare(b))) {
        await lockKeySpend(tx, apiKeyId);
        await recordKeySpend(tx, apiKeyId, { reservedDeltaNano: -held, spentNano: 0n, day: now });
      }
      return rows.length;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
