import type { ModelOffering } from "@/server/catalog";
import { cn } from "@/lib/cn";
import { CapabilityBadges } from "./capability-badges";
import { CAPABILITY_KEYS } from "./catalog-labels";
import { formatInteger, formatPerMillion, formatTokenCount } from "./format";
import { cheapestOfferings, offeringAvailability, offeringsByPrice } from "./model-summary";
import { OfferingSummary } from "./offering-summary";

const HEAD = "py-2.5 pr-4 font-medium";

/** Every provider of one model with its own prices and limits, cheapest first. */
export function ModelOfferingsTable({ offerings, isEmbedding }: { offerings: readonly ModelOffering[]; isEmbedding: boolean }) {
  const sorted = offeringsByPrice(offerings);
  const cheapest = cheapestOfferings(sorted);
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full min-w-[60rem] text-sm">
        <caption className="sr-only">Providers serving this model, with USD prices per million tokens</caption>
        <thead className="bg-zinc-50 text-xs text-zinc-500 uppercase dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className={cn(HEAD, "pl-4 text-left")}>
              Provider
            </th>
            <th scope="col" className={cn(HEAD, "text-right")}>
              Input / 1M
            </th>
            <th scope="col" className={cn(HEAD, "text-right")}>
              Output / 1M
            </th>
            <th scope="col" className={cn(HEAD, "text-right")}>
              Cached input / 1M
            </th>
            <th scope="col" className={cn(HEAD, "text-right")}>
              Cache write / 1M
            </th>
            <th scope="col" className={cn(HEAD, "text-right")}>
              Context
            </th>
            <th scope="col" className={cn(HEAD, "text-right")}>
              Max output
            </th>
            <th scope="col" className={cn(HEAD, "text-left")}>
              Capabilities
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((offering) => (
            <OfferingRow key={offering.providerId} offering={offering} isEmbedding={isEmbedding} isCheapest={cheapest.has(offering)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OfferingRow({ offering, isEmbedding, isCheapest }: { offering: ModelOffering; isEmbedding: boolean; isCheapest: boolean }) {
  const availability = offeringAvailability(offering);
  const { prices } = offering;
  return (
    <tr data-testid="offering-row" data-provider-id={offering.providerId} className={cn("border-t border-zinc-200 align-top dark:border-zinc-800", availability === "retired" && "text-zinc-500")}>
      <th scope="row" className="py-3 pr-4 pl-4 text-left font-normal">
        <OfferingSummary offering={offering} isCheapest={isCheapest} />
      </th>
      <PriceCell price={prices.input} />
      <PriceCell price={isEmbedding ? undefined : prices.output} />
      <PriceCell price={prices.cachedInput} />
      <PriceCell price={prices.cacheWrite} />
      <td className="py-3 pr-4 text-right tabular-nums" title={`${formatInteger(offering.contextWindow)} tokens`}>
        {formatTokenCount(offering.contextWindow)}
      </td>
      <td className="py-3 pr-4 text-right tabular-nums">{offering.maxOutput > 0 ? formatTokenCount(offering.maxOutput) : "—"}</td>
      <td className="py-3 pr-4">
        <CapabilityBadges capabilities={CAPABILITY_KEYS.filter((key) => offering.capabilities[key])} />
      </td>
    </tr>
  );
}

/** Absent cache prices mean those tokens bill at the input rate, which a dash says more plainly than a repeat. */
function PriceCell({ price }: { price: string | undefined }) {
  return <td className="py-3 pr-4 text-right tabular-nums">{price === undefined ? <span className="text-zinc-400">—</span> : formatPerMillion(price)}</td>;
}
