import type { ModelOffering } from "@/server/catalog";
import { CapabilityBadges } from "./capability-badges";
import { CAPABILITY_KEYS } from "./catalog-labels";
import { formatPerMillion, formatTokenCount } from "./format";
import { cheapestOfferings, offeringsByPrice } from "./model-summary";
import { OfferingSummary } from "./offering-summary";

/** The providers table as cards, for a phone: eight columns do not fit 390 pixels. */
export function ModelOfferingCards({ offerings, isEmbedding }: { offerings: readonly ModelOffering[]; isEmbedding: boolean }) {
  const sorted = offeringsByPrice(offerings);
  const cheapest = cheapestOfferings(sorted);
  return (
    <ul className="space-y-3">
      {sorted.map((offering) => (
        <li key={offering.providerId} className="rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
          <OfferingSummary offering={offering} isCheapest={cheapest.has(offering)} />
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2">
            <Figure label="Input / 1M" value={formatPerMillion(offering.prices.input)} />
            {isEmbedding ? null : <Figure label="Output / 1M" value={formatPerMillion(offering.prices.output)} />}
            {offering.prices.cachedInput ? <Figure label="Cached input / 1M" value={formatPerMillion(offering.prices.cachedInput)} /> : null}
            {offering.prices.cacheWrite ? <Figure label="Cache write / 1M" value={formatPerMillion(offering.prices.cacheWrite)} /> : null}
            <Figure label="Context" value={formatTokenCount(offering.contextWindow)} />
            {offering.maxOutput > 0 ? <Figure label="Max output" value={formatTokenCount(offering.maxOutput)} /> : null}
          </dl>
          <div className="mt-3">
            <CapabilityBadges capabilities={CAPABILITY_KEYS.filter((key) => offering.capabilities[key])} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
}
