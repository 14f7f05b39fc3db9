import type { Prisma } from "@/generated/prisma/client";
import { findProvider } from "../../catalog";

/** Provider id of a credential for the project's own OpenAI-compatible endpoint. */
export const CUSTOM_PROVIDER_ID = "custom";

// Deliberately without encryptedKey: nothing that builds a view can leak the key, even by mistake.
export const providerCredentialViewSelect = {
  id: true,
  providerId: true,
  name: true,
  customSlug: true,
  baseUrl: true,
  keyLast4: true,
  enabled: true,
  lastTestedAt: true,
  lastTestOk: true,
  lastTestMessage: true,
  createdAt: true,
} satisfies Prisma.ProviderCredentialSelect;

type ProviderCredentialRow = Prisma.ProviderCredentialGetPayload<{ select: typeof providerCredentialViewSelect }>;

export function maskProviderKey(keyLast4: string): string {
  return `••••${keyLast4}`;
}

/** What the dashboard may see of a provider credential: never the key, only its last characters. */
export function toProviderCredentialView(row: ProviderCredentialRow) {
  return {
    id: row.id,
    providerId: row.providerId,
    providerName: row.providerId === CUSTOM_PROVIDER_ID ? "Custom" : (findProvider(row.providerId)?.name ?? row.providerId),
    name: row.name,
    customSlug: row.customSlug,
    baseUrl: row.baseUrl,
    maskedKey: maskProviderKey(row.keyLast4),
    enabled: row.enabled,
    lastTestedAt: row.lastTestedAt,
    lastTestOk: row.lastTestOk,
    lastTestMessage: row.lastTestMessage,
    createdAt: row.createdAt,
  };
}
export type ProviderCredentialView = ReturnType<typeof toProviderCredentialView>;
