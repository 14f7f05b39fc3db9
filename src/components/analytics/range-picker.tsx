"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { parseCustomRange, PRESETS, toLocalInputValue, type PresetId, type TimeRange } from "./time-ranges";

export type RangeChoice = PresetId | "custom";

const segment = (active: boolean) =>
  cn(
    "px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md",
    active ? "bg-brand-600 text-white" : "bg-white text-zinc-700 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800",
  );

/** Preset ranges as a segmented control; "Custom" opens two date-time inputs (local time) applied together. */
export function RangePicker({ choice, range, onPreset, onCustom }: { choice: RangeChoice; range: TimeRange; onPreset: (id: PresetId) => void; onCustom: (range: TimeRange) => void }) {
  const [customOpen, setCustomOpen] = useState(false);
  const [fromText, setFromText] = useState("");
  const [toText, setToText] = useState("");
  const [problem, setProblem] = useState<{ field: "from" | "to"; error: string } | null>(null);

  function openCustom() {
    setFromText(toLocalInputValue(range.from));
    setToText(toLocalInputValue(range.to));
    setProblem(null);
    setCustomOpen(true);
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const parsed = parseCustomRange(fromText, toText);
    if ("error" in parsed) {
      setProblem(parsed);
      return;
    }
    setProblem(null);
    setCustomOpen(false);
    onCustom(parsed.range);
  }

  return (
    <div className="space-y-3">
      <div role="group" aria-label="Time range" className="inline-flex divide-x divide-zinc-300 overflow-hidden rounded-md border border-zinc-300 dark:divide-zinc-700 dark:border-zinc-700">
        {PRESETS.map((preset) => (
          <button key={preset.id} type="button" aria-pressed={choice === preset.id} title={preset.label} className={segment(choice === preset.id)} onClick={() => {
              setCustomOpen(false);
              onPreset(preset.id);
            }}>
            {preset.short}
          </button>
        ))}
        <button type="button" aria-pressed={choice === "custom"} aria-expanded={customOpen} className={segment(choice === "custom")} onClick={openCustom}>
          Custom
        </button>
      </div>
      {customOpen ? (
        <form onSubmit={apply} noValidate className="flex flex-wrap items-start gap-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <Field id="analytics-from" label="From" type="datetime-local" value={fromText} onChange={(event) => setFromText(event.target.value)} error={problem?.field === "from" ? problem.error : undefined} className="w-full sm:w-56" />
          <Field id="analytics-to" label="To" type="datetime-local" value={toText} onChange={(event) => setToText(event.target.value)} error={problem?.field === "to" ? problem.error : undefined} className="w-full sm:w-56" />
          <div className="flex gap-2 sm:mt-6">
            <Button type="submit">Apply</Button>
            <Button variant="ghost" onClick={() => setCustomOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
