import Link from "next/link";
import { AvailabilityBadge, CapabilityBadges } from "./capability-badges";
import { VENDOR_LABELS } from "./catalog-labels";
import { formatInteger, formatPerMillion, formatTokenCount } from "./format";
import type { ModelSummary } from "./model-summary";

/** One row of the models table, rendered on the server so the page's HTML lists every model. */
export function ModelRow({ model }: { model: ModelSummary }) {
  return (
    <tr data-testid="model-row" data-model-id={model.id} className="border-t border-zinc-200 align-top dark:border-zinc-800">
      <th scope="row" className="sticky left-0 bg-white py-3 pr-4 pl-4 text-left font-normal dark:bg-zinc-900">
        <Link href={`/models/${model.id}`} className="font-medium text-zinc-900 hover:text-brand-600 hover:underline dark:text-zinc-100 dark:hover:text-blue-400">
          {model.name}
        </Link>{" "}
        <AvailabilityBadge availability={model.availability} />
        <div className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{model.id}</div>
      </th>
      <td className="hidden py-3 pr-4 whitespace-nowrap md:table-cell">{VENDOR_LABELS[model.vendor]}</td>
      <td className="hidden py-3 pr-4 capitalize md:table-cell">{model.kind}</td>
      <td className="py-3 pr-4 text-right tabular-nums">{formatPerMillion(model.cheapestInput)}</td>
      <td className="py-3 pr-4 text-right tabular-nums">{model.kind === "embedding" ? "—" : formatPerMillion(model.cheapestOutput)}</td>
      <td className="py-3 pr-4 text-right tabular-nums" title={`${formatInteger(model.contextWindow)} tokens`}>
        {formatTokenCount(model.contextWindow)}
      </td>
      <td className="py-3 pr-4">
        <CapabilityBadges capabilities={model.capabilities} />
      </td>
      <td className="hidden py-3 pr-4 text-right tabular-nums md:table-cell">{model.providerIds.length}</td>
    </tr>
  );
}
