import { isRetired, listModels, listProviders } from "@/server/catalog";

export type Capability = "tools" | "vision" | "json" | "reasoning";

export const CAPABILITIES: ReadonlyArray<{ id: Capability; label: string }> = [
  { id: "tools", label: "Tools" },
  { id: "vision", label: "Vision" },
  { id: "json", label: "JSON" },
  { id: "reasoning", label: "Reasoning" },
];

/** One chat model as the picker shows it: what it is, who serves it, what it can do on at least one provider. */
export type ModelOption = {
  id: string;
  name: string;
  vendor: string;
  providers: ReadonlyArray<{ id: string; name: string }>;
  capabilities: ReadonlySet<Capability>;
  contextWindow: number;
};

const providerNames = new Map(listProviders().map((provider) => [provider.id, provider.name]));

function toOption(model: ReturnType<typeof listModels>[number]): ModelOption | null {
  // A retired offering can no longer be routed to, so it must not advertise a provider or a capability.
  const offerings = model.offerings.filter((offering) => !isRetired(offering));
  if (offerings.length === 0) return null;
  const capabilities = new Set<Capability>();
  for (const { capabilities: can } of offerings) {
    if (can.tools) capabilities.add("tools");
    if (can.vision) capabilities.add("vision");
    if (can.jsonOutput) capabilities.add("json");
    if (can.reasoning) capabilities.add("reasoning");
  }
  return {
    id: model.id,
    name: model.name,
    vendor: model.vendor,
    providers: offerings.map((offering) => ({ id: offering.providerId, name: providerNames.get(offering.providerId) ?? offering.providerId })),
    capabilities,
    contextWindow: Math.max(...offerings.map((offering) => offering.contextWindow)),
  };
}

/** Every chat model in the catalog, in catalog order. Built once: the catalog is static data. */
export const MODEL_OPTIONS: readonly ModelOption[] = listModels({ kind: "chat" }).flatMap((model) => toOption(model) ?? []);

const optionsById = new Map(MODEL_OPTIONS.map((option) => [option.id.toLowerCase(), option]));

export function findModelOption(id: string): ModelOption | undefined {
  return optionsById.get(id.trim().toLowerCase());
}

function haystack(option: ModelOption): string {
  return [option.id, option.name, option.vendor, ...option.providers.flatMap((provider) => [provider.id, provider.name]), ...option.capabilities].join(" ").toLowerCase();
}
const haystacks = new Map(MODEL_OPTIONS.map((option) => [option, haystack(option)]));

/**
 * Models whose name, id, vendor, providers or capabilities contain every word of the query, and that have every
 * required capability. Matches on the id or name come first, so "mini" lists the minis before models that merely
 * run on a provider with "mini" in its name.
 */
export function searchModels(options: readonly ModelOption[], query: string, required: ReadonlySet<Capability> = new Set()): ModelOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = options.filter((option) => {
    for (const capability of required) if (!option.capabilities.has(capability)) return false;
    const text = haystacks.get(option) ?? haystack(option);
    return words.every((word) => text.includes(word));
  });
  if (words.length === 0) return matches;
  const direct = (option: ModelOption) => words.every((word) => `${option.id} ${option.name}`.toLowerCase().includes(word));
  return [...matches.filter(direct), ...matches.filter((option) => !direct(option))];
}

/** "128K", "1M": context sizes as people say them. */
export function formatContext(tokens: number): string {
  if (tokens >= 1_000_000) return `${Number((tokens / 1_000_000).toFixed(1))}M`;
  return `${Math.round(tokens / 1000)}K`;
}
