import { findProvider } from "../../catalog";
import { db } from "../../db/client";
import type { ProjectScope } from "../scope";
import type { AnalyticsGroup } from "./analytics-input";

// Rollups store '' for a request that never reached a provider or was made without an API key (dashboard playground).
const NO_PROVIDER = "No provider";
const NO_API_KEY = "No API key";

function providerLabel(providerId: string): string {
  if (providerId === "") return NO_PROVIDER;
  if (providerId.startsWith("custom:")) return `${providerId.slice("custom:".length)} (custom)`;
  return findProvider(providerId)?.name ?? providerId;
}

/** Human names for group keys: models stay ids, providers get their catalog names, API keys their names. */
export async function groupLabels(scope: ProjectScope, group: AnalyticsGroup, keys: readonly string[]): Promise<Map<string, string>> {
  if (group === "model") return new Map(keys.map((key) => [key, key]));
  if (group === "provider") return new Map(keys.map((key) => [key, providerLabel(key)]));
  const ids = keys.filter((key) => key !== "");
  // Scoped to the project: a key id can only ever be named from the project's own keys.
  const apiKeys = ids.length
    ? await db().apiKey.findMany({ where: { projectId: scope.projectId, id: { in: ids } }, select: { id: true, name: true, last4: true } })
    : [];
  const names = new Map(apiKeys.map((key) => [key.id, `${key.name} (…${key.last4})`]));
  return new Map(keys.map((key) => [key, key === "" ? NO_API_KEY : (names.get(key) ?? "Unknown key")]));
}
