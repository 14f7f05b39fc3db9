import { LRUCache } from "lru-cache";

// Failed sign-ins are counted per email+IP in memory: enough to stop password guessing against one instance.
// (With several instances, each counts on its own; the shared KV store of the routing layer will take this over.)
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;

type Entry = { failures: number; firstFailureAt: number };
const failures = new LRUCache<string, Entry>({ max: 50_000, ttl: WINDOW_MS });

const keyOf = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;

/** Milliseconds until sign-in may be tried again, or 0 when it may be tried now. */
export function signInRetryAfterMs(email: string, ip: string, now = Date.now()): number {
  const entry = failures.get(keyOf(email, ip));
  if (!entry || entry.failures < MAX_FAILURES) return 0;
  return Math.max(0, entry.firstFailureAt + WINDOW_MS - now);
}

export function recordFailedSignIn(email: string, ip: string, now = Date.now()): void {
  const key = keyOf(email, ip);
  const entry = failures.get(key);
  if (!entry || now - entry.firstFailureAt > WINDOW_MS) failures.set(key, { failures: 1, firstFailureAt: now });
  else failures.set(key, { ...entry, failures: entry.failures + 1 }, { noUpdateTTL: true });
}

export function clearFailedSignIns(email: string, ip: string): void {
  failures.delete(keyOf(email, ip));
}
