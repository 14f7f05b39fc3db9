import type { CapabilityKey } from "./catalog-labels";

// The models page's filter, kept apart from React so it can be tested and so the URL and the form agree on it.

export interface FilterableModel {
  readonly id: string;
  /** Lower-cased name, id, vendor and provider names: what a search may hit. */
  readonly searchText: string;
  readonly kind: string;
  readonly capabilities: readonly CapabilityKey[];
  readonly providerIds: readonly string[];
}

export interface ModelFilter {
  readonly query: string;
  /** A model must have every one of these. */
  readonly capabilities: readonly CapabilityKey[];
  readonly kind: string;
  readonly providerId: string;
}

export const ANY = "";

export const EMPTY_FILTER: ModelFilter = { query: "", capabilities: [], kind: ANY, providerId: ANY };

export function matchesFilter(model: FilterableModel, filter: ModelFilter): boolean {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    words.every((word) => model.searchText.includes(word)) &&
    filter.capabilities.every((capability) => model.capabilities.includes(capability)) &&
    (filter.kind === ANY || model.kind === filter.kind) &&
    (filter.providerId === ANY || model.providerIds.includes(filter.providerId))
  );
}

export function isEmptyFilter(filter: ModelFilter): boolean {
  return filter.query.trim() === "" && filter.capabilities.length === 0 && filter.kind === ANY && filter.providerId === ANY;
}

/** `?q=llama&capability=vision&capability=tools&kind=chat&provider=groq`, so a filtered view can be shared. */
export function filterToSearch(filter: ModelFilter): string {
  const params = new URLSearchParams();
  if (filter.query.trim() !== "") params.set("q", filter.query.trim());
  for (const capability of filter.capabilities) params.append("capability", capability);
  if (filter.kind !== ANY) params.set("kind", filter.kind);
  if (filter.providerId !== ANY) params.set("provider", filter.providerId);
  const search = params.toString();
  return search === "" ? "" : `?${search}`;
}

export function filterFromSearch(search: string, knownCapabilities: readonly CapabilityKey[]): ModelFilter {
  const params = new URLSearchParams(search);
  return {
    query: params.get("q") ?? "",
    capabilities: knownCapabilities.filter((capability) => params.getAll("capability").includes(capability)),
    kind: params.get("kind") ?? ANY,
    providerId: params.get("provider") ?? ANY,
  };
}
