import { createHmac, randomBytes } from "node:crypto";

// Keys look like `sk-sb-<43 base64url chars>` (256 bits). Only a keyed hash is stored, so a database leak
// yields nothing usable without the server secret; the gateway hashes the presented key the same way.
const KEY_PREFIX = "sk-sb-";
const VISIBLE_PREFIX_LENGTH = KEY_PREFIX.length + 4;

export function generateApiKey(): { key: string; prefix: string; last4: string } {
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, VISIBLE_PREFIX_LENGTH), last4: key.slice(-4) };
}

export function hashApiKey(key: string, secret: string): string {
  return createHmac("sha256", secret).update(key).digest("hex");
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(KEY_PREFIX) && value.length === KEY_PREFIX.length + 43;
}

export function maskApiKey(prefix: string, last4: string): string {
  return `${prefix}…${last4}`;
}
