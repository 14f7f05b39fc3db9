// Display formatting for request-log rows. Costs arrive as exact decimal strings; rounding them to a float is
// fine here because the result is only shown, never added up or stored.

/** USD with enough decimals that a fraction of a cent stays visible: `$0.0000150`, `$0.0000000150`, `$1.2345`. */
export function formatUsd(amount: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `$${amount}`;
  if (value === 0) return "$0";
  const magnitude = Math.abs(value);
  const decimals = magnitude >= 1 ? 4 : Math.min(12, Math.max(7, Math.ceil(-Math.log10(magnitude)) + 2));
  return `$${value.toFixed(decimals)}`;
}

/** `420 ms`, `1.25 s`, or a dash when there is no measurement (e.g. no first token). */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`;
}

const integer = new Intl.NumberFormat("en-US");

/** Estimated counts (the provider reported none) are marked with `~`. */
export function formatTokens(count: number, estimated: boolean): string {
  return `${estimated ? "~" : ""}${integer.format(count)}`;
}

export type StatusTone = "success" | "client-error" | "server-error" | "cancelled";

export function statusTone(status: number): StatusTone {
  if (status === 499) return "cancelled";
  if (status >= 200 && status < 400) return "success";
  return status < 500 ? "client-error" : "server-error";
}
