import { LRUCache } from "lru-cache";
import { decryptSecret } from "../../crypto/secret-box";
import { db } from "../../db/client";
import { env } from "../../env";

/** A project's own provider key, decrypted, as the gateway uses it. */
export type StoredCredential = {
  id: string;
  providerId: string;
  customSlug: string | null;
  baseUrl: string | null;
  apiKey: string;
};

// Same bound as the key cache: a credential added, disabled or deleted in the dashboard is used within 5 s.
const CREDENTIALS_TTL_MS = 5_000;
const cache = new LRUCache<string, Promise<StoredCredential[]>>({ max: 20_000, ttl: CREDENTIALS_TTL_MS });

export function projectCredentials(projectId: string): Promise<StoredCredential[]> {
  let entry = cache.get(projectId);
  if (!entry) {
    entry = load(projectId);
    cache.set(projectId, entry);
    entry.catch(() => cache.delete(projectId));
  }
  return entry;
}

async function load(projectId: string): Promise<StoredCredential[]> {
  const rows = await db().providerCredential.findMany({
    where: { projectId, enabled: true },
    orderBy: { createdAt: "asc" },
    select: { id: true, providerId: true, customSlug: true, baseUrl: true, encryptedKey: true },
  });
  const key = env().ENCRYPTION_KEY;
  return rows.flatMap((row) => {
    try {
      return [{ id: row.id, providerId: row.providerId, customSlug: row.customSlug, baseUrl: row.baseUrl, apiKey: decryptSecret(row.encryptedKey, key) }];
    } catch {
      console.error(`[gateway] provider credential ${row.id} cannot be decrypted with the current ENCRYPTION_KEY; skipping it`);
      return [];
    }
  });
}

export function clearCredentialCache(): void {
  cache.clear();
}
