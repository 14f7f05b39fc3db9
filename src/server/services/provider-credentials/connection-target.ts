import { findProvider, isRetired, listModels, type WireFormat } from "../../catalog";
import { CUSTOM_PROVIDER_ID } from "./provider-credential-view";

/** Where and how to reach the provider a credential belongs to. */
export type ConnectionTarget = { wireFormat: WireFormat; baseUrl: string; providerName: string; probeModel: string };

/**
 * A model the provider serves, for probes that must name one (Gemini checks the key by fetching a model).
 * Chat models first: every provider has one, and it is what BYOK traffic will use.
 */
function probeModelFor(providerId: string): string {
  const offerings = [...listModels({ kind: "chat" }), ...listModels({ kind: "embedding" })]
    .flatMap((model) => model.offerings)
    .filter((offering) => offering.providerId === providerId && !isRetired(offering));
  return offerings[0]?.providerModel ?? "";
}

export function resolveConnectionTarget(credential: { providerId: string; customSlug: string | null; baseUrl: string | null }): ConnectionTarget {
  if (credential.providerId === CUSTOM_PROVIDER_ID) {
    // Custom endpoints are OpenAI-compatible by definition, and always have a base URL (checked on create).
    return { wireFormat: "openai", baseUrl: credential.baseUrl ?? "", providerName: credential.customSlug ?? "custom provider", probeModel: "" };
  }
  const provider = findProvider(credential.providerId);
  if (!provider) throw new Error(`Credential for unknown provider "${credential.providerId}"`);
  return {
    wireFormat: provider.wireFormat,
    baseUrl: credential.baseUrl ?? process.env[provider.baseUrlEnv] ?? provider.defaultBaseUrl,
    providerName: provider.name,
    probeModel: probeModelFor(provider.id),
  };
}
