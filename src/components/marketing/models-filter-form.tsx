"use client";

import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { CAPABILITY_KEYS, CAPABILITY_LABELS, type CapabilityKey } from "./catalog-labels";
import { ANY, type ModelFilter } from "./model-filter";

const LABEL = "mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200";

export function ModelsFilterForm({
  filter,
  providers,
  onChange,
}: {
  filter: ModelFilter;
  providers: ReadonlyArray<{ id: string; name: string }>;
  onChange: (filter: ModelFilter) => void;
}) {
  function toggleCapability(capability: CapabilityKey, checked: boolean) {
    const capabilities = checked ? [...filter.capabilities, capability] : filter.capabilities.filter((entry) => entry !== capability);
    onChange({ ...filter, capabilities: CAPABILITY_KEYS.filter((key) => capabilities.includes(key)) });
  }

  return (
    <form role="search" aria-label="Filter models" onSubmit={(event) => event.preventDefault()} className="grid gap-4 md:grid-cols-[2fr_1fr_1fr]">
      <div>
        <label htmlFor="model-search" className={LABEL}>
          Search
        </label>
        <input
          id="model-search"
          type="search"
          value={filter.query}
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
          placeholder="Name, id, vendor or provider"
          className={inputClasses}
        />
      </div>
      <div>
        <label htmlFor="model-kind" className={LABEL}>
          Kind
        </label>
        <select id="model-kind" value={filter.kind} onChange={(event) => onChange({ ...filter, kind: event.target.value })} className={inputClasses}>
          <option value={ANY}>All kinds</option>
          <option value="chat">Chat</option>
          <option value="embedding">Embedding</option>
        </select>
      </div>
      <div>
        <label htmlFor="model-provider" className={LABEL}>
          Provider
        </label>
        <select
          id="model-provider"
          value={filter.providerId}
          onChange={(event) => onChange({ ...filter, providerId: event.target.value })}
          className={inputClasses}
        >
          <option value={ANY}>All providers</option>
          {providers.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="md:col-span-3">
        <legend className={LABEL}>Capabilities</legend>
        <div className="flex flex-wrap gap-2">
          {CAPABILITY_KEYS.map((capability) => {
            const checked = filter.capabilities.includes(capability);
            return (
              <label
                key={capability}
                className={cn(
                  "flex cursor-pointer items-center gap-2 rounded-full border px-3 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
                  checked
                    ? "border-brand-500 bg-brand-50 text-brand-700 dark:bg-brand-500/10 dark:text-brand-100"
                    : "border-zinc-300 text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800",
                )}
              >
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(event) => toggleCapability(capability, event.target.checked)}
                  className="size-4 accent-brand-600"
                />
                {CAPABILITY_LABELS[capability]}
              </label>
            );
          })}
        </div>
      </fieldset>
    </form>
  );
}
