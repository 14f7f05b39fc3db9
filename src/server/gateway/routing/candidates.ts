import type { BillingMode } from "@/generated/prisma/enums";
import { findModel, findProvider, isRetired, type CatalogProvider, type ModelKind, type ModelOffering, type WireFormat } from "../../catalog";
import { GatewayError, invalidRequest, modelNotFound } from "../errors";
import { projectCredentials, type StoredCredential } from "./project-credentials";

/** One way to serve a request: a provider's offering of the model, with the credential to call it. */
export type Candidate = {
  providerId: string;
  providerName: string;
  wireFormat: WireFormat;
  baseUrl: string;
  apiKey: string;
  providerModel: string;
  /** Null for a project's custom provider, which the catalog cannot price. */
  offering: ModelOffering | null;
  credentialSource: "byok" | "platform";
  credentialId: string | null;
};

export type Resolution = { modelId: string | null; candidates: Candidate[] };

function platformKey(provider: CatalogProvider): string | undefined {
  return process.env[provider.apiKeyEnv] || undefined;
}

function providerBaseUrl(provider: CatalogProvider, credential?: StoredCredential): string {
  return credential?.baseUrl || process.env[provider.baseUrlEnv] || provider.defaultBaseUrl;
}

const byPrice = (a: Candidate, b: Candidate) => price(a) - price(b);
// Ordering only, never money arithmetic: a float comparison of list prices is fine here.
const price = (candidate: Candidate) => (candidate.offering ? Number(candidate.offering.prices.input) + Number(candidate.offering.prices.output) : 0);

/**
 * Every (provider, credential) that may serve `requestedModel` in this project, best first: the project's own
 * keys before platform keys in hybrid mode, then cheapest first. Scoring on live metrics replaces the price order
 * in the routing layer.
 */
export async function resolveCandidates(input: { requestedModel: string; kind: ModelKind; projectId: string; mode: BillingMode }): Promise<Resolution> {
  const credentials = input.mode === "credits" ? [] : await projectCredentials(input.projectId);
  const custom = customCandidate(input.requestedModel, credentials);
  if (custom) return { modelId: null, candidates: [custom] };

  const lookup = findModel(input.requestedModel);
  if (!lookup) throw modelNotFound(input.requestedModel);
  if (lookup.model.kind !== input.kind) {
    throw invalidRequest(
      `\`${input.requestedModel}\` is ${lookup.model.kind === "embedding" ? "an embedding" : "a chat"} model; use ${lookup.model.kind === "embedding" ? "/v1/embeddings" : "/v1/chat/completions"}.`,
      "model",
      "model_not_supported",
    );
  }
  const offerings = lookup.pinnedProvider ? [lookup.pinnedProvider] : lookup.model.offerings.filter((offering) => !isRetired(offering));
  const own: Candidate[] = [];
  const platform: Candidate[] = [];
  for (const offering of offerings) {
    const provider = findProvider(offering.providerId);
    if (!provider) continue;
    const base = { providerId: provider.id, providerName: provider.name, wireFormat: provider.wireFormat, providerModel: offering.providerModel, offering };
    for (const credential of credentials.filter((c) => c.providerId === provider.id)) {
      own.push({ ...base, baseUrl: providerBaseUrl(provider, credential), apiKey: credential.apiKey, credentialSource: "byok", credentialId: credential.id });
    }
    const key = input.mode === "byok" ? undefined : platformKey(provider);
    if (key) platform.push({ ...base, baseUrl: providerBaseUrl(provider), apiKey: key, credentialSource: "platform", credentialId: null });
  }
  const candidates = [...own.sort(byPrice), ...platform.sort(byPrice)];
  if (candidates.length === 0) throw noCredentials(input.requestedModel, input.mode, offerings);
  return { modelId: lookup.model.id, candidates };
}

function customCandidate(requestedModel: string, credentials: StoredCredential[]): Candidate | null {
  const slash = requestedModel.indexOf("/");
  if (slash <= 0) return null;
  const slug = requestedModel.slice(0, slash).toLowerCase();
  const credential = credentials.find((c) => c.providerId === "custom" && c.customSlug === slug);
  if (!credential?.baseUrl) return null;
  return {
    providerId: `custom:${slug}`,
    providerName: slug,
    wireFormat: "openai",
    baseUrl: credential.baseUrl,
    apiKey: credential.apiKey,
    providerModel: requestedModel.slice(slash + 1),
    offering: null,
    credentialSource: "byok",
    credentialId: credential.id,
  };
}

function noCredentials(model: string, mode: BillingMode, offerings: readonly ModelOffering[]): GatewayError {
  const providers = [...new Set(offerings.map((o) => findProvider(o.providerId)?.name ?? o.providerId))].join(", ");
  const fix =
    mode === "byok"
      ? "Add a provider key for one of them under Provider keys in the dashboard."
      : mode === "credits"
        ? "The operator has not configured a platform key for any of them."
        : "Add a provider key under Provider keys in the dashboard, or ask the operator to configure a platform key.";
  return new GatewayError(400, `No credentials available for \`${model}\` (served by ${providers}) in this project's ${mode} mode. ${fix}`, "invalid_request_error", "provider_not_configured", "model");
}
