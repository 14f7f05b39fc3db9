"use client";

import Decimal from "decimal.js";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { isSameAmount, type CalculatorModel, type OfferingCost } from "./calculator-costs";
import { formatTokenCount, formatUsd } from "./format";

interface ModelCosts {
  readonly model: CalculatorModel;
  readonly costs: readonly OfferingCost[];
}

export function CalculatorResults({
  entries,
  selected,
  lowest,
  usageIsValid,
  onRemove,
}: {
  entries: readonly ModelCosts[];
  selected: readonly CalculatorModel[];
  lowest: string | null;
  usageIsValid: boolean;
  onRemove: (id: string) => void;
}) {
  if (selected.length === 0) {
    return (
      <div className="flex min-h-48 items-center justify-center rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
        Pick up to four models to compare what a month of your traffic would cost.
      </div>
    );
  }
  if (!usageIsValid) {
    return (
      <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-300">
        Fix the token counts to see the costs.
      </div>
    );
  }
  const winner = entries.find((entry) => entry.costs.some((cost) => isSameAmount(cost.cost.totalUsd, lowest)));
  const winningCost = winner?.costs[0];
  return (
    <div>
      <p role="status" aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
        {winner && winningCost && lowest !== null ? (
          <>
            Cheapest: <strong className="text-zinc-900 dark:text-zinc-100">{winner.model.name}</strong> on {winningCost.offering.providerName} at{" "}
            <strong className="text-zinc-900 dark:text-zinc-100">{formatUsd(lowest)}</strong> a month.
          </>
        ) : null}
      </p>
      <ul className="mt-4 grid items-start gap-4 sm:grid-cols-2">
        {entries.map(({ model, costs }) => (
          <li key={model.id} data-testid="calculator-model" data-model-id={model.id} className="flex flex-col rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <h3 className="font-medium">
                  <Link href={`/models/${model.id}`} className="hover:underline">
                    {model.name}
                  </Link>
                </h3>
                <p className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">{model.id}</p>
              </div>
              <Button variant="ghost" className="-mt-1 -mr-2 px-2" aria-label={`Remove ${model.name}`} onClick={() => onRemove(model.id)}>
                <span aria-hidden="true">✕</span>
              </Button>
            </div>
            <ol className="mt-3 space-y-2" aria-label={`Monthly cost of ${model.name} by provider`}>
              {costs.map((entry) => (
                <CostLine key={entry.offering.providerId} entry={entry} isLowest={isSameAmount(entry.cost.totalUsd, lowest)} />
              ))}
            </ol>
          </li>
        ))}
      </ul>
      <p className="mt-4 text-xs text-zinc-500 dark:text-zinc-400">
        Providers&apos; list prices, exact to the nano-dollar and rounded for display. Routing by price picks the cheapest provider of a model;
        pin one with a prefixed id. A † marks providers that bill prompts above a size at a higher rate per request.
      </p>
    </div>
  );
}

function CostLine({ entry, isLowest }: { entry: OfferingCost; isLowest: boolean }) {
  const { cost, offering } = entry;
  const cached = new Decimal(cost.cachedInputUsd);
  return (
    <li
      data-testid="calculator-cost"
      data-model-id={entry.modelId}
      data-provider-id={offering.providerId}
      data-total-usd={cost.totalUsd}
      className={cn("rounded-lg px-3 py-2", isLowest ? "bg-brand-50 ring-2 ring-brand-500 dark:bg-brand-500/10" : "bg-zinc-50 dark:bg-zinc-800/50")}
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-sm">
          {offering.providerName}
          {offering.longContextAbove !== undefined ? (
            <span title={`Prompts over ${formatTokenCount(offering.longContextAbove)} tokens cost more`}>
              {" "}
              †<span className="sr-only"> (prompts over {formatTokenCount(offering.longContextAbove)} tokens cost more)</span>
            </span>
          ) : null}
        </span>
        <span className="font-semibold tabular-nums" data-testid="calculator-total">
          {formatUsd(cost.totalUsd)}
        </span>
      </div>
      <p className="mt-0.5 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
        in {formatUsd(cost.inputUsd)}
        {cached.isZero() ? "" : ` · cached ${formatUsd(cost.cachedInputUsd)}`} · out {formatUsd(cost.outputUsd)}
        {isLowest ? <span className="ml-1 font-medium text-brand-700 dark:text-brand-100">· Cheapest</span> : null}
      </p>
    </li>
  );
}
