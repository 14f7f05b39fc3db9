import type { SpendPeriod } from "@/generated/prisma/enums";

const DAY_MS = 86_400_000;

/** The UTC day containing `at`, as the Date Prisma stores in a DATE column. */
export function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/**
 * Where the current spend period of a key began, in UTC: today, this ISO week (from Monday) or this calendar month.
 * Null for a lifetime limit.
 */
export function spendPeriodStart(period: SpendPeriod, now: Date): Date | null {
  const today = utcDay(now);
  switch (period) {
    case "lifetime":
      return null;
    case "day":
      return today;
    case "week":
      return new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY_MS);
    case "month":
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  }
}
