// Ranges the analytics page offers. Presets end "now" (the moment they were picked or refreshed, so the queries'
// inputs stay fixed between renders); a custom range comes from two local date-time inputs.

export const PRESETS = [
  { id: "1h", label: "Last hour", short: "1h", ms: 3_600_000 },
  { id: "24h", label: "Last 24 hours", short: "24h", ms: 86_400_000 },
  { id: "7d", label: "Last 7 days", short: "7d", ms: 7 * 86_400_000 },
  { id: "30d", label: "Last 30 days", short: "30d", ms: 30 * 86_400_000 },
] as const;
export type PresetId = (typeof PRESETS)[number]["id"];

export type TimeRange = { from: Date; to: Date };

// The server's limit (services/analytics/analytics-input.ts), checked here too so the form can say so at once.
const MAX_RANGE_DAYS = 400;

export function presetRange(id: PresetId, now = new Date()): TimeRange {
  const preset = PRESETS.find((candidate) => candidate.id === id)!;
  return { from: new Date(now.getTime() - preset.ms), to: now };
}

/** `YYYY-MM-DDTHH:mm` in the browser's time zone, the format of `<input type="datetime-local">`. */
export function toLocalInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A custom range from the two inputs (local time), or the problem with it, named by field. */
export function parseCustomRange(fromText: string, toText: string): { range: TimeRange } | { field: "from" | "to"; error: string } {
  // Without a zone designator, `new Date("YYYY-MM-DDTHH:mm")` reads local time, as the inputs show it.
  const from = new Date(fromText);
  const to = new Date(toText);
  if (!fromText || Number.isNaN(from.getTime())) return { field: "from", error: "Enter a start date and time." };
  if (!toText || Number.isNaN(to.getTime())) return { field: "to", error: "Enter an end date and time." };
  if (from.getTime() >= to.getTime()) return { field: "to", error: "The end must be after the start." };
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) return { field: "from", error: `A range can span at most ${MAX_RANGE_DAYS} days.` };
  return { range: { from, to } };
}
