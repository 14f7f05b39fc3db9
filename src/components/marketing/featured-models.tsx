import Link from "next/link";
import { findModel } from "@/server/catalog";
import { VENDOR_LABELS } from "./catalog-labels";
import { formatPerMillion, formatTokenCount } from "./format";
import { summarizeModel } from "./model-summary";

// Which models to feature is an editorial choice; everything shown about them comes from the catalog, and an id
// that leaves the catalog simply drops out.
const FEATURED_IDS = ["gpt-5.1", "claude-sonnet-4-5", "gemini-2.5-flash", "llama-3.3-70b", "deepseek-chat", "grok-4"];

export function FeaturedModels() {
  const models = FEATURED_IDS.flatMap((id) => {
    const lookup = findModel(id);
    return lookup ? [summarizeModel(lookup.model)] : [];
  });
  return (
    <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {models.map((model) => (
        <li key={model.id}>
          <Link
            href={`/models/${model.id}`}
            className="block h-full rounded-xl border border-zinc-200 bg-white p-5 hover:border-brand-500 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-brand-500"
          >
            <p className="text-xs text-zinc-500 dark:text-zinc-400">{VENDOR_LABELS[model.vendor]}</p>
            <h3 className="mt-1 font-medium">{model.name}</h3>
            <p className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{model.id}</p>
            <dl className="mt-4 grid grid-cols-3 gap-2 text-sm">
              <Figure label="Input" value={formatPerMillion(model.cheapestInput)} />
              <Figure label="Output" value={formatPerMillion(model.cheapestOutput)} />
              <Figure label="Context" value={formatTokenCount(model.contextWindow)} />
            </dl>
            <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">
              {model.providerIds.length === 1 ? "1 provider" : `${model.providerIds.length} providers`}
            </p>
          </Link>
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
