import { hashApiKey } from "../../auth/api-key-secret";
import { env } from "../../env";
import { GatewayError, invalidApiKey } from "../errors";
import type { HeaderMap } from "../http/gateway-request";
import { lookupKey, type KeyRecord } from "./api-key-cache";

/** The key from `Authorization: Bearer <key>` or, as Anthropic's SDK sends it, `x-api-key: <key>`. */
export function presentedKey(headers: HeaderMap): string | null {
  const authorization = headers.authorization?.trim();
  if (authorization) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization);
    return match ? match[1]!.trim() : null;
  }
  return headers["x-api-key"]?.trim() || null;
}

export async function authenticate(headers: HeaderMap, now = new Date()): Promise<KeyRecord> {
  const key = presentedKey(headers);
  if (!key) {
    throw invalidApiKey("Missing API key. Send it as `Authorization: Bearer <key>` or `x-api-key: <key>`.");
  }
  let record: KeyRecord | null;
  try {
    record = await lookupKey(hashApiKey(key, env().API_KEY_HASH_SECRET));
  } catch (error) {
    console.error("[gateway] API key lookup failed:", error);
    throw new GatewayError(503, "The gateway cannot verify API keys right now. Please retry shortly.", "server_error", "auth_unavailable");
  }
  if (!record) throw invalidApiKey("Invalid API key. Check the key, or create one in the dashboard under API keys.");
  if (record.revokedAt) throw invalidApiKey("This API key has been revoked.");
  if (record.expiresAt && record.expiresAt <= now) throw invalidApiKey(`This API key expired on ${record.expiresAt.toISOString()}.`);
  return record;
}
