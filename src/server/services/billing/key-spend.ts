import type { Prisma } from "@/generated/prisma/client";
import type { SpendPeriod } from "@/generated/prisma/enums";
import { usdToNano } from "@/lib/money/usd-nano";
import { spendPeriodStart, utcDay } from "./key-spend-period";

export type KeySpendLimit = { limitNano: bigint | null; period: SpendPeriod };
type LockedKeySpend = { spentNano: bigint; reservedNano: bigint };

/** The key's limit in nano-dollars (null: unlimited), or null when the key does not exist. */
export async function readKeySpendLimit(tx: Prisma.TransactionClient, apiKeyId: string): Promise<KeySpendLimit | null> {
  const key = await tx.apiKey.findUnique({ where: { id: apiKeyId }, select: { spendLimitUsd: true, spendPeriod: true } });
  if (!key) return null;
  return { limitNano: key.spendLimitUsd === null ? null : usdToNano(key.spendLimitUsd.toFixed()), period: key.spendPeriod };
}

/** Locks the key's spend row (created on first use) until the transaction ends; always taken after the account lock. */
export async function lockKeySpend(tx: Prisma.TransactionClient, apiKeyId: string): Promise<LockedKeySpend> {
  const select = () =>
    tx.$queryRaw<LockedKeySpend[]>`SELECT "spentNano", "reservedNano" FROM "ApiKeySpend" WHERE "apiKeyId" = ${apiKeyId} FOR UPDATE`;
  const [existing] = await select();
  if (existing) return existing;
  await tx.$executeRaw`
    INSERT INTO "ApiKeySpend" ("apiKeyId", "updatedAt") SELECT "id", now() FROM "ApiKey" WHERE "id" = ${apiKeyId}
    ON CONFLICT ("apiKeyId") DO NOTHING`;
  const [created] = await select();
  return created ?? { spentNano: 0n, reservedNano: 0n };
}

/** What the key has spent in its current period: the lifetime total, or the sum of its UTC days since the start. */
export async function spentInPeriodNano(tx: Prisma.TransactionClient, apiKeyId: string, period: SpendPeriod, lifetimeNano: bigint, now: Date) {
  const start = spendPeriodStart(period, now);
  if (!start) return lifetimeNano;
  const [row] = await tx.$queryRaw<Array<{ spent: bigint | null }>>`
    SELECT SUM("spentNano")::bigint AS spent FROM "ApiKeySpendDay" WHERE "apiKeyId" = ${apiKeyId} AND "day" >= ${start}::date`;
  return row?.spent ?? 0n;
}

/** Moves the key's held and spent amounts; the caller holds the key spend lock. */
export async function recordKeySpend(
  tx: Prisma.TransactionClient,
  apiKeyId: string,
  change: { reservedDeltaNano: bigint; spentNano: bigint; day: Date },
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "ApiKeySpend" SET "reservedNano" = "reservedNano" + ${change.reservedDeltaNano},
      "spentNano" = "spentNano" + ${change.spentNano}, "updatedAt" = now()
    WHERE "apiKeyId" = ${apiKeyId}`;
  if (change.spentNano === 0n) return;
  await tx.$executeRaw`
    INSERT INTO "ApiKeySpendDay" ("apiKeyId", "day", "spentNano") VALUES (${apiKeyId}, ${utcDay(change.day)}::date, ${change.spentNano})
    ON CONFLICT ("apiKeyId", "day") DO UPDATE SET "spentNano" = "ApiKeySpendDay"."spentNano" + EXCLUDED."spentNano"`;
}
