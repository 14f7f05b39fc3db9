// The cache TTL is stored in seconds; the form lets people think in minutes, hours or days.

export type TtlUnit = "seconds" | "minutes" | "hours" | "days";

export const TTL_UNITS: ReadonlyArray<{ unit: TtlUnit; seconds: number }> = [
  { unit: "seconds", seconds: 1 },
  { unit: "minutes", seconds: 60 },
  { unit: "hours", seconds: 3600 },
  { unit: "days", seconds: 86_400 },
];

/** The largest unit that expresses the TTL exactly: 3600 s is 1 hour, 90 s stays 90 seconds (not 1.5 minutes). */
export function splitTtl(seconds: number): { amount: number; unit: TtlUnit } {
  const fit = [...TTL_UNITS].reverse().find((option) => seconds % option.seconds === 0) ?? TTL_UNITS[0]!;
  return { amount: seconds / fit.seconds, unit: fit.unit };
}

/** Seconds for an amount typed in the form; NaN for text that is not a number, so the server's message explains it. */
export function toTtlSeconds(amount: string, unit: TtlUnit): number {
  const value = amount.trim() === "" ? Number.NaN : Number(amount);
  const factor = TTL_UNITS.find((option) => option.unit === unit)?.seconds ?? 1;
  // 1.5 hours is a whole number of seconds, but floating point may say 5399.999…; round away that noise only.
  const seconds = value * factor;
  return Math.abs(seconds - Math.round(seconds)) < 1e-6 ? Math.round(seconds) : seconds;
}
