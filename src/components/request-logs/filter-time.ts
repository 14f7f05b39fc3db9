// The time filter's inputs are <input type="datetime-local">: wall-clock time in the browser's zone, while the
// address and the server carry exact instants.

export const TIME_PRESETS = [
  { id: "15m", label: "Last 15 minutes", ms: 15 * 60_000 },
  { id: "1h", label: "Last hour", ms: 3_600_000 },
  { id: "24h", label: "Last 24 hours", ms: 86_400_000 },
  { id: "7d", label: "Last 7 days", ms: 7 * 86_400_000 },
  { id: "30d", label: "Last 30 days", ms: 30 * 86_400_000 },
] as const;

const pad = (value: number) => String(value).padStart(2, "0");

/** `2025-06-01T14:30`, or with seconds when the instant has them, in local time. */
export function toLocalInputValue(date: Date): string {
  const minutes = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return date.getSeconds() === 0 && date.getMilliseconds() === 0 ? minutes : `${minutes}:${pad(date.getSeconds())}`;
}

/** The instant a datetime-local value names, or undefined for an empty or incomplete one. */
export function fromLocalInputValue(value: string): Date | undefined {
  // A date-time without a zone is local time (ECMAScript), which is what the input shows.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The start of a "last …" range, on a whole minute so the address stays short and the input shows it exactly. */
export function presetStart(rangeMs: number, now: Date): Date {
  return new Date(Math.floor((now.getTime() - rangeMs) / 60_000) * 60_000);
}
