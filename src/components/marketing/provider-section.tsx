import Link from "next/link";
import type { CatalogModel, CatalogProvider, ModelOffering } from "@/server/catalog";
import { AvailabilityBadge } from "./capability-badges";
import { WIRE_FORMAT_LABELS } from "./catalog-labels";
import { formatInteger, formatPerMillion, formatTokenCount } from "./format";
import { offeringAvailability } from "./model-summary";

export interface ProviderModel {
  readonly model: CatalogModel;
  readonly offering: ModelOffering;
}

/** One provider: how to connect it and every model it serves, with that provider's own prices. */
export function ProviderSection({ provider, models }: { provider: CatalogProvider; models: readonly ProviderModel[] }) {
  return (
    <section id={provider.id} aria-labelledby={`${provider.id}-heading`} data-testid="provider-section" className="scroll-mt-24">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <h2 id={`${provider.id}-heading`} className="text-xl font-semibold tracking-tight">
          {provider.name}
        </h2>
        <a href={provider.website} className="text-sm text-brand-600 hover:underline dark:text-blue-400" rel="noopener noreferrer" target="_blank">
          {provider.website.replace(/^https:\/\//, "")}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <Detail label="Model prefix" value={`${provider.id}/…`} mono />
        <Detail label="Wire format" value={WIRE_FORMAT_LABELS[provider.wireFormat]} />
        <Detail label="Platform key" value={provider.apiKeyEnv} mono />
        <Detail label="Base URL override" value={provider.baseUrlEnv} mono />
      </dl>
      <p className="mt-2 text-xs break-all text-zinc-500 dark:text-zinc-400">
        Default base URL <code className="font-mono">{provider.defaultBaseUrl}</code>
        {provider.supportsEmbeddings ? " · serves embeddings" : ""}
      </p>
      {models.length === 0 ? (
        <p className="mt-4 rounded-xl border border-dashed border-zinc-300 p-4 text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          No catalog models for this provider yet.
        </p>
      ) : (
        <ProviderModelsTable providerName={provider.name} models={models} />
      )}
    </section>
  );
}

function ProviderModelsTable({ providerName, models }: { providerName: string; models: readonly ProviderModel[] }) {
  return (
    <div className="mt-4 overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full min-w-[24rem] text-sm">
        <caption className="sr-only">Models served by {providerName}, USD per million tokens</caption>
        <thead className="bg-zinc-50 text-xs text-zinc-500 uppercase dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-4 pl-4 text-left font-medium">
              Model
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Input / 1M
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Output / 1M
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Context
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map(({ model, offering }) => (
            <tr key={model.id} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="py-2.5 pr-4 pl-4 text-left font-normal">
                <Link href={`/models/${model.id}`} className="font-medium hover:text-brand-600 hover:underline dark:hover:text-blue-400">
                  {model.name}
                </Link>{" "}
                <AvailabilityBadge availability={offeringAvailability(offering)} />
                <div className="font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">{offering.providerModel}</div>
              </th>
              <td className="py-2.5 pr-4 text-right tabular-nums">{formatPerMillion(offering.prices.input)}</td>
              <td className="py-2.5 pr-4 text-right tabular-nums">{model.kind === "embedding" ? "—" : formatPerMillion(offering.prices.output)}</td>
              <td className="py-2.5 pr-4 text-right tabular-nums" title={`${formatInteger(offering.contextWindow)} tokens`}>
                {formatTokenCount(offering.contextWindow)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Detail({ label, value, mono }: { label: string; value: string; mono?: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className={mono ? "font-mono text-[13px] break-all" : undefined}>{value}</dd>
    </div>
  );
}
