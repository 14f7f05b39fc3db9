// Both backends check arguments the same way before doing anything, so a caller's bug (NaN latency, a float
// cost, a zero TTL) fails identically in tests on the memory store and in production on Upstash — and never
// reaches Redis, where it would look like an infrastructure failure.

/** Expiry in whole milliseconds (Redis' PX); fractions round up so a tiny TTL never becomes "no expiry". */
export function checkTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be a positive number of milliseconds, got ${ttlMs}`);
  return Math.ceil(ttlMs);
}

export function checkIncrement(amount: number, name = "amount"): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${name} must be a safe integer, got ${amount}`);
  return amount;
}

export function checkIncrements(increments: Record<string, number>): Array<[string, number]> {
  return Object.entries(increments).map(([field, amount]) => [field, checkIncrement(amount, `increment of "${field}"`)]);
}
