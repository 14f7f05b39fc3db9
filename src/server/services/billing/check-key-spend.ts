import type { SpendPeriod } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { spendPeriodStart } from "./key-spend-period";
import { readKeySpendLimit, spentInPeriodNano } from "./key-spend";

export type KeySpendStatus = {
  apiKeyId: string;
  /** Null when the key has no spend limit. */
  limitNano: bigint | null;
  period: SpendPeriod;
  periodStart: Date | null;
  spentNano: bigint;
  /** Held by requests in flight. */
  reservedNano: bigint;
  /** limit − spent − reserved (never below 0); null without a limit. */
  remainingNano: bigint | null;
  exhausted: boolean;
};

/**
 * A key's spend against its limit, without locking: a quick read the gateway can use to refuse a key that is already
 * exhausted. The binding check is the one reserveCredits makes under the key's lock.
 */
export async function checkKeySpend(apiKeyId: string, now = new Date()): Promise<KeySpendStatus> {
  const limit = await readKeySpendLimit(db(), apiKeyId);
  if (!limit) throw new AppError("NOT_FOUND", "API key not found.");
  const spend = await db().apiKeySpend.findUnique({ where: { apiKeyId }, select: { spentNano: true, reservedNano: true } });
  const lifetime = spend?.spentNano ?? 0n;
  const reservedNano = spend?.reservedNano ?? 0n;
  const spentNano = await spentInPeriodNano(db(), apiKeyId, limit.period, lifetime, now);
  const left = limit.limitNano === null ? null : limit.limitNano - spentNano - reservedNano;
  return {
    apiKeyId,
    limitNano: limit.limitNano,
    period: limit.period,
    periodStart: spendPeriodStart(limit.period, now),
    spentNano,
    reservedNano,
    remainingNano: left === null ? null : left > 0n ? left : 0n,
    exhausted: left !== null && left <= 0n,
  };
}
