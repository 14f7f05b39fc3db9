"use client";

import { useState } from "react";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { fromLocalInputValue, presetStart, TIME_PRESETS, toLocalInputValue } from "./filter-time";

type Range = { from?: Date; to?: Date };

/**
 * A preset menu and the two ends of the range. A preset fills in a fixed start (now minus the span), so a shared
 * link shows the same rows to whoever opens it.
 */
export function TimeRangeFilter({ from, to, onChange }: Range & { onChange: (range: Range) => void }) {
  const custom = from !== undefined || to !== undefined;
  function choosePreset(id: string) {
    const preset = TIME_PRESETS.find((option) => option.id === id);
    if (id === "") onChange({ from: undefined, to: undefined });
    else if (preset) onChange({ from: presetStart(preset.ms, new Date()), to: undefined });
  }
  return (
    <fieldset className="col-span-full grid min-w-0 gap-3 sm:grid-cols-3">
      <legend className="sr-only">Time range</legend>
      <div className="min-w-0">
        <label htmlFor="filter-time" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
          Time
        </label>
        <select id="filter-time" value={custom ? "custom" : ""} onChange={(event) => choosePreset(event.target.value)} className={cn(inputClasses, "py-1.5", custom && "border-brand-500 dark:border-brand-500")}>
          <option value="">Any time</option>
          {TIME_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
          {custom ? <option value="custom">Custom range</option> : null}
        </select>
      </div>
      <TimeInput id="filter-from" label="From" value={from} onChange={(next) => onChange({ from: next, to })} />
      <TimeInput id="filter-to" label="To (inclusive)" value={to} onChange={(next) => onChange({ from, to: next })} />
    </fieldset>
  );
}

function TimeInput({ id, label, value, onChange }: { id: string; label: string; value?: Date; onChange: (value: Date | undefined) => void }) {
  // The text is local state so a half-typed date stays put; a new value from outside (a preset, "Clear filters",
  // the address) replaces it.
  const instant = value?.toISOString() ?? "";
  const [state, setState] = useState({ instant, text: value ? toLocalInputValue(value) : "" });
  if (state.instant !== instant) setState({ instant, text: value ? toLocalInputValue(value) : "" });
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </label>
      <input
        id={id}
        type="datetime-local"
        value={state.text}
        onChange={(event) => {
          const text = event.target.value;
          setState((current) => ({ ...current, text }));
          // Applied once a complete date and time is entered, or the field is emptied.
          const next = fromLocalInputValue(text);
          if (next || text === "") onChange(next);
        }}
        className={cn(inputClasses, "py-1.5 dark:[color-scheme:dark]", value && "border-brand-500 dark:border-brand-500")}
      />
    </div>
  );
}
