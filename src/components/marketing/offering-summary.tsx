import Link from "next/link";
import type { ModelOffering } from "@/server/catalog";
import { AvailabilityBadge } from "./capability-badges";
import { formatPerMillion, formatTokenCount } from "./format";
import { offeringAvailability, providerName } from "./model-summary";

/** Who serves an offering and what its prices cannot say: the upstream name, retirement, long-context tier, quirks. */
export function OfferingSummary({ offering, isCheapest }: { offering: ModelOffering; isCheapest: boolean }) {
  const availability = offeringAvailability(offering);
  const { longContextPrices } = offering;
  return (
    <>
      <Link href={`/providers#${offering.providerId}`} className="font-medium hover:text-brand-600 hover:underline dark:hover:text-blue-400">
        {providerName(offering.providerId)}
      </Link>{" "}
      {isCheapest ? (
        <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700 dark:bg-brand-500/10 dark:text-brand-100">Cheapest</span>
      ) : null}{" "}
      <AvailabilityBadge availability={availability} />
      <div className="font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">{offering.providerModel}</div>
      {offering.deprecatedAt ? (
        <p className="mt-1 text-xs text-amber-700 dark:text-amber-300">
          {availability === "retired" ? "Retired on" : "Retires on"} {offering.deprecatedAt}
        </p>
      ) : null}
      {longContextPrices ? (
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          Prompts over {formatTokenCount(longContextPrices.aboveInputTokens)} tokens: {formatPerMillion(longContextPrices.prices.input)} input,{" "}
          {formatPerMillion(longContextPrices.prices.output)} output
        </p>
      ) : null}
      {offering.notes ? <p className="mt-1 max-w-md text-xs text-zinc-500 dark:text-zinc-400">{offering.notes}</p> : null}
    </>
  );
}
