"use client";

import { useEffect, useMemo, useState } from "react";
import { Field } from "@/components/ui/field";
import { MAX_COMPARED_MODELS, lowestTotal, monthlyCosts, type CalculatorModel, type MonthlyUsage } from "./calculator-costs";
import { CalculatorModelPicker } from "./calculator-model-picker";
import { CalculatorResults } from "./calculator-results";
import { parseTokenCount } from "./format";

const USAGE_FIELDS = [
  { key: "inputTokens", label: "Input tokens per month", hint: "Prompt tokens at the full input price. 2.5M and 750k work too." },
  { key: "cachedInputTokens", label: "Cached input tokens per month", hint: "Prompt tokens read from the provider's prompt cache." },
  { key: "outputTokens", label: "Output tokens per month", hint: "Completion tokens, reasoning included." },
] as const;

type UsageText = Record<keyof MonthlyUsage, string>;

const INITIAL_USAGE: UsageText = { inputTokens: "20M", cachedInputTokens: "0", outputTokens: "5M" };

export function CostCalculator({ models, initialIds }: { models: readonly CalculatorModel[]; initialIds: readonly string[] }) {
  const [selectedIds, setSelectedIds] = useState<readonly string[]>(initialIds);
  const [usageText, setUsageText] = useState<UsageText>(INITIAL_USAGE);
  const [interactive, setInteractive] = useState(false);
  const byId = useMemo(() => new Map(models.map((model) => [model.id, model])), [models]);

  // /calculator?models=a,b (the model pages link here). Read after hydration so the first render matches the server's.
  useEffect(() => {
    const requested = new URLSearchParams(window.location.search).get("models")?.split(",") ?? [];
    const known = requested.filter((id) => byId.has(id)).slice(0, MAX_COMPARED_MODELS);
    if (known.length > 0) setSelectedIds(known);
    setInteractive(true);
  }, [byId]);

  const parsed = {
    inputTokens: parseTokenCount(usageText.inputTokens),
    cachedInputTokens: parseTokenCount(usageText.cachedInputTokens),
    outputTokens: parseTokenCount(usageText.outputTokens),
  };
  const usage: MonthlyUsage | null =
    parsed.inputTokens.ok && parsed.cachedInputTokens.ok && parsed.outputTokens.ok
      ? { inputTokens: parsed.inputTokens.tokens, cachedInputTokens: parsed.cachedInputTokens.tokens, outputTokens: parsed.outputTokens.tokens }
      : null;

  const selected = selectedIds.flatMap((id) => byId.get(id) ?? []);
  const costsByModel = usage ? selected.map((model) => ({ model, costs: monthlyCosts(model, usage) })) : [];
  const lowest = lowestTotal(costsByModel.flatMap((entry) => entry.costs));

  return (
    // data-interactive tells tests (and nothing else) that the inputs now respond.
    <div className="grid gap-8 lg:grid-cols-[20rem_1fr]" data-interactive={interactive}>
      <form className="space-y-5" aria-label="Monthly usage" onSubmit={(event) => event.preventDefault()}>
        {USAGE_FIELDS.map((field) => {
          const result = parsed[field.key];
          return (
            <Field
              key={field.key}
              id={`usage-${field.key}`}
              label={field.label}
              hint={field.hint}
              inputMode="decimal"
              autoComplete="off"
              value={usageText[field.key]}
              error={result.ok ? undefined : result.error}
              onChange={(event) => setUsageText({ ...usageText, [field.key]: event.target.value })}
            />
          );
        })}
        <CalculatorModelPicker
          models={models}
          selectedIds={selectedIds}
          onAdd={(id) => setSelectedIds((ids) => (ids.includes(id) || ids.length >= MAX_COMPARED_MODELS ? ids : [...ids, id]))}
        />
      </form>
      <CalculatorResults
        entries={costsByModel}
        selected={selected}
        lowest={lowest}
        usageIsValid={usage !== null}
        onRemove={(id) => setSelectedIds((ids) => ids.filter((entry) => entry !== id))}
      />
    </div>
  );
}
