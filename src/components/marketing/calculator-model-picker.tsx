"use client";

import { useState } from "react";
import { inputClasses } from "@/components/ui/field";
import { MAX_COMPARED_MODELS, type CalculatorModel } from "./calculator-costs";

const SHOWN_MATCHES = 6;

/** A search box whose matches are plain buttons: reachable with Tab, announced by name, no custom widget needed. */
export function CalculatorModelPicker({
  models,
  selectedIds,
  onAdd,
}: {
  models: readonly CalculatorModel[];
  selectedIds: readonly string[];
  onAdd: (id: string) => void;
}) {
  const [query, setQuery] = useState("");
  const full = selectedIds.length >= MAX_COMPARED_MODELS;
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches =
    words.length === 0
      ? []
      : models
          .filter((model) => !selectedIds.includes(model.id))
          .filter((model) => words.every((word) => `${model.name} ${model.id}`.toLowerCase().includes(word)))
          .slice(0, SHOWN_MATCHES);

  function add(id: string) {
    onAdd(id);
    setQuery("");
  }

  return (
    <div>
      <label htmlFor="model-picker" className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        Add a model ({selectedIds.length} of {MAX_COMPARED_MODELS})
      </label>
      <input
        id="model-picker"
        type="search"
        value={query}
        disabled={full}
        autoComplete="off"
        placeholder={full ? "Remove a model to add another" : "Search by name or id"}
        aria-describedby="model-picker-help"
        aria-controls="model-picker-results"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          if (matches[0]) add(matches[0].id);
        }}
        className={inputClasses}
      />
      <p id="model-picker-help" className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
        {full ? `Up to ${MAX_COMPARED_MODELS} models side by side.` : "Enter adds the first match."}
      </p>
      <ul id="model-picker-results" aria-label="Matching models" className="mt-2 space-y-1">
        {matches.map((model) => (
          <li key={model.id}>
            <button
              type="button"
              onClick={() => add(model.id)}
              className="flex w-full items-baseline justify-between gap-3 rounded-md border border-zinc-200 px-3 py-2 text-left text-sm hover:border-brand-500 hover:bg-brand-50 dark:border-zinc-800 dark:hover:bg-brand-500/10"
            >
              <span className="font-medium">
                <span className="sr-only">Add </span>
                {model.name}
              </span>
              <span className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">{model.id}</span>
            </button>
          </li>
        ))}
      </ul>
      {words.length > 0 && matches.length === 0 && !full ? (
        <p role="status" className="mt-2 text-sm text-zinc-500 dark:text-zinc-400">
          No model matches “{query.trim()}”.
        </p>
      ) : null}
    </div>
  );
}
