// Display formatting for the analytics page. Exact decimal costs are rounded only here, for showing.

const integer = new Intl.NumberFormat("en-US");
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** `950`, `12,345`, `1.2M` (compact from a million up, where the last digits stop meaning anything at a glance). */
export function formatCount(value: number): string {
  return value >= 1_000_000 ? compact.format(value) : integer.format(Math.round(value));
}

/** `$1,234.56`, `$0.0123`, `$0.000042`: cents for large amounts, enough significant digits for small ones. */
export function formatUsd(amount: string | number): string {
  const value = typeof amount === "number" ? amount : Number(amount);
  if (!Number.isFinite(value)) return `$${amount}`;
  if (value === 0) return "$0";
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (magnitude >= 0.01) return `$${value.toFixed(magnitude >= 1 ? 2 : 4)}`;
  // Two significant digits; toFixed, unlike toPrecision, never switches to exponent notation.
  return `$${value.toFixed(Math.min(12, Math.ceil(-Math.log10(magnitude)) + 1))}`;
}

/** `2.5%`, `0.04%`, `0%`: one decimal, more below 0.1% so small rates do not read as zero. */
export function formatPercent(ratio: number): string {
  if (ratio === 0) return "0%";
  const percent = ratio * 100;
  return `${percent < 0.1 ? percent.toPrecision(1) : percent.toFixed(1)}%`;
}

/** `840 ms`, `2.31 s`, `4.0 min`, or a dash when there is nothing to measure. */
export function formatMs(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(2)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

export type BucketUnit = "5m" | "hour" | "day";

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const hourFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
// Day buckets are UTC days (the rollups' days), so they are labelled in UTC.
const dayFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

export function formatBucket(ms: number, unit: BucketUnit): string {
  const date = new Date(ms);
  return unit === "day" ? dayFormat.format(date) : unit === "hour" ? hourFormat.format(date) : timeFormat.format(date);
}

export function formatRange(from: Date, to: Date): string {
  return `${hourFormat.format(from)} – ${hourFormat.format(to)}`;
}
