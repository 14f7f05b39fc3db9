"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { CapabilityTags } from "./capability-tags";
import { CAPABILITIES, findModelOption, formatContext, MODEL_OPTIONS, searchModels, type Capability, type ModelOption } from "./model-options";

type Item = { key: string; model: string; option: ModelOption | null };

// Custom providers (`<slug>/<model>`) and pinned ids (`groq/llama-3.3-70b`) are not catalog entries but still valid.
const MODEL_ID = /^[\w.:/-]{1,256}$/;

/**
 * A searchable combobox over the catalog's chat models (ARIA combobox pattern: the input keeps focus, arrows move
 * through the list, Enter picks, Escape closes). Capability filters narrow the list; any other model id can be used
 * as typed.
 */
export function ModelPicker({ id, label, value, onChange, onRemove }: { id: string; label: string; value: string; onChange: (model: string) => void; onRemove?: () => void }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [required, setRequired] = useState<ReadonlySet<Capability>>(new Set());
  const [active, setActive] = useState(0);
  const wrapper = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = `${id}-options`;
  const selected = findModelOption(value);

  const items = useMemo<Item[]>(() => {
    const found: Item[] = searchModels(MODEL_OPTIONS, query, required).map((option) => ({ key: option.id, model: option.id, option }));
    const typed = query.trim();
    // Offered for what looks like an id rather than a search: provider-prefixed, or matching nothing in the catalog.
    const idLike = typed.includes("/") || found.length === 0;
    if (typed && idLike && MODEL_ID.test(typed) && !findModelOption(typed)) found.push({ key: `custom:${typed}`, model: typed, option: null });
    return found;
  }, [query, required]);

  useEffect(() => setActive(0), [query, required]);

  function openList() {
    if (open) return;
    setOpen(true);
    // Start from the current model, so opening and pressing Enter changes nothing.
    setActive(Math.max(0, items.findIndex((item) => item.model === value)));
  }
  useEffect(() => {
    if (open) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, open, id]);

  function choose(model: string) {
    onChange(model);
    setOpen(false);
    setQuery("");
  }

  function toggle(capability: Capability) {
    const next = new Set(required);
    if (next.has(capability)) next.delete(capability);
    else next.add(capability);
    setRequired(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return openList();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => Math.min(Math.max(current + step, 0), Math.max(items.length - 1, 0)));
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      const item = items[active];
      if (item) choose(item.model);
    } else if (event.key === "Escape" && open) {
      // Close the list only; a surrounding dialog should not close on the same key press.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setQuery("");
    }
  }

  return (
    <div ref={wrapper} className="relative" onBlur={(event) => !wrapper.current?.contains(event.relatedTarget as Node | null) && setOpen(false)}>
      <div className="mb-1 flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {label}
        </label>
        {onRemove ? (
          <button type="button" onClick={onRemove} className="rounded px-1.5 text-xs text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:hover:bg-zinc-800 dark:hover:text-zinc-200">
            Remove<span className="sr-only"> {label}</span>
          </button>
        ) : null}
      </div>
      <input
        ref={input}
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items[active] ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={open ? query : (selected?.name ?? value)}
        placeholder={selected ? `Search models (now ${selected.name})` : "Search models by name, provider or capability"}
        onFocus={openList}
        onClick={openList}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        className={cn(inputClasses, "pr-8")}
      />
      <span aria-hidden="true" className="pointer-events-none absolute right-3 top-[2.1rem] text-xs text-zinc-400">▾</span>
      <p className="mt-1 truncate text-xs text-zinc-500" title={selected ? selected.providers.map((provider) => provider.name).join(", ") : undefined}>
        {selected ? (
          <>
            <span className="font-mono">{selected.id}</span> · {selected.providers.map((provider) => provider.name).join(", ")} · {formatContext(selected.contextWindow)} context
          </>
        ) : (
          <>
            <span className="font-mono">{value}</span> · not in the catalog (a custom or pinned id)
          </>
        )}
      </p>
      {open ? (
        <div className="absolute z-30 mt-1 w-full min-w-[min(22rem,calc(100vw-2rem))] rounded-lg border border-zinc-200 bg-white shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <div className="flex flex-wrap items-center gap-1.5 border-b border-zinc-200 p-2 dark:border-zinc-800" role="group" aria-label="Only models with">
            {CAPABILITIES.map((capability) => (
              <button
                key={capability.id}
                type="button"
                aria-pressed={required.has(capability.id)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => toggle(capability.id)}
                className={cn(
                  "rounded-full border px-2.5 py-0.5 text-xs",
                  required.has(capability.id)
                    ? "border-brand-500 bg-brand-50 text-brand-700 dark:bg-brand-500/15 dark:text-brand-100"
                    : "border-zinc-300 text-zinc-600 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800",
                )}
              >
                {capability.label}
              </button>
            ))}
            <span className="ml-auto text-xs text-zinc-500" aria-live="polite">
              {items.length} {items.length === 1 ? "match" : "matches"}
            </span>
          </div>
          <ul id={listId} role="listbox" aria-label={`${label} options`} className="max-h-72 overflow-y-auto py-1">
            {items.length === 0 ? <li className="px-3 py-2 text-sm text-zinc-500">No model matches. Try fewer words or filters.</li> : null}
            {items.map((item, index) => (
              <li
                key={item.key}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => choose(item.model)}
                className={cn("cursor-pointer px-3 py-2 text-sm", index === active && "bg-brand-50 dark:bg-brand-500/15")}
              >
                {item.option ? <ModelOptionRow option={item.option} current={item.model === value} /> : <span>Use <span className="font-mono">{item.model}</span> as the model id</span>}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function ModelOptionRow({ option, current }: { option: ModelOption; current: boolean }) {
  return (
    <span className="flex flex-col gap-1">
      <span className="flex items-baseline justify-between gap-2">
        <span className="font-medium">
          {option.name}
          {current ? <span className="ml-1.5 text-xs font-normal text-brand-600 dark:text-brand-100">(selected)</span> : null}
        </span>
        <span className="shrink-0 font-mono text-xs text-zinc-500">{option.id}</span>
      </span>
      <span className="flex flex-wrap items-center justify-between gap-2 text-xs text-zinc-500">
        <span className="truncate">{option.providers.map((provider) => provider.name).join(", ")}</span>
        <CapabilityTags capabilities={option.capabilities} />
      </span>
    </span>
  );
}
