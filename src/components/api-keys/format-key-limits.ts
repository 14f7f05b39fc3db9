// One compact line for a key's limits in the keys table: "60 rpm · 100k tpm · 2 models · $25/month".

export type KeyLimits = {
  rateLimitRpm: number | null;
  rateLimitTpm: number | null;
  allowedModels: string[];
  spendLimitUsd: string | null;
  spendPeriod: "lifetime" | "day" | "week" | "month";
};

/** 950 → "950", 100000 → "100k", 1500000 → "1.5M", 2000000000 → "2B". */
export function compactCount(value: number): string {
  for (const [size, suffix] of [[1e9, "B"], [1e6, "M"], [1e3, "k"]] as const) {
    if (value >= size) return `${Number((value / size).toFixed(value % size === 0 ? 0 : 1))}${suffix}`;
  }
  return String(value);
}

export function formatSpendLimit(amount: string, period: KeyLimits["spendPeriod"]): string {
  return period === "lifetime" ? `$${amount} total` : `$${amount}/${period}`;
}

export function formatKeyLimits(limits: KeyLimits): string | null {
  const parts = [
    limits.rateLimitRpm !== null ? `${compactCount(limits.rateLimitRpm)} rpm` : null,
    limits.rateLimitTpm !== null ? `${compactCount(limits.rateLimitTpm)} tpm` : null,
    limits.allowedModels.length > 0 ? (limits.allowedModels.length === 1 ? limits.allowedModels[0]! : `${limits.allowedModels.length} models`) : null,
    limits.spendLimitUsd !== null ? formatSpendLimit(limits.spendLimitUsd, limits.spendPeriod) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(" · ") : null;
}
