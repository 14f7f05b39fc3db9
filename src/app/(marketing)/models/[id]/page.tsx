import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AvailabilityBadge, CapabilityBadges } from "@/components/marketing/capability-badges";
import { VENDOR_LABELS } from "@/components/marketing/catalog-labels";
import { formatInteger, formatPerMillion, formatTokenCount } from "@/components/marketing/format";
import { ModelCodeSamples } from "@/components/marketing/model-code-samples";
import { ModelOfferingCards } from "@/components/marketing/model-offering-cards";
import { ModelOfferingsTable } from "@/components/marketing/model-offerings-table";
import { summarizeModel } from "@/components/marketing/model-summary";
import { buttonClasses } from "@/components/ui/button";
import { listModels, type CatalogModel } from "@/server/catalog";

type Params = Promise<{ id: string }>;

// Only catalog ids exist; anything else is a 404 rather than a page rendered on demand.
export const dynamicParams = false;

export function generateStaticParams(): Array<{ id: string }> {
  return listModels().map((model) => ({ id: model.id }));
}

/** Exact id only: the page's address is the model's canonical id, not any alias the gateway also accepts. */
function modelById(id: string): CatalogModel | undefined {
  return listModels().find((model) => model.id === decodeURIComponent(id));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const model = modelById((await params).id);
  if (!model) return { title: "Model not found" };
  const summary = summarizeModel(model);
  return {
    title: `${model.name} (${model.id}) — prices and providers`,
    description: `${model.description} From ${formatPerMillion(summary.cheapestInput)} per million input tokens on ${model.offerings.length} provider${model.offerings.length === 1 ? "" : "s"}, ${formatTokenCount(summary.contextWindow)} context.`,
  };
}

export default async function ModelPage({ params }: { params: Params }) {
  const model = modelById((await params).id);
  if (!model) notFound();
  const summary = summarizeModel(model);
  const pricesAsOf = [...new Set(model.offerings.map((offering) => offering.pricesAsOf))].join(", ");

  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-500 dark:text-zinc-400">
        <Link href="/models" className="hover:underline">
          Models
        </Link>{" "}
        / <span aria-current="page">{model.name}</span>
      </nav>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-6">
        <div className="max-w-3xl min-w-0">
          <p className="text-sm font-medium text-brand-600 dark:text-blue-400">
            {VENDOR_LABELS[model.vendor]} · <span className="capitalize">{model.kind}</span>
          </p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight sm:text-4xl">
            {model.name} <AvailabilityBadge availability={summary.availability} />
          </h1>
          <p className="mt-2 font-mono text-sm break-all text-zinc-600 dark:text-zinc-400">{model.id}</p>
          <p className="mt-4 text-lg text-zinc-600 dark:text-zinc-400">{model.description}</p>
        </div>
        <Link href={`/calculator?models=${encodeURIComponent(model.id)}`} className={buttonClasses("secondary")}>
          Estimate monthly cost
        </Link>
      </div>

      <dl className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <Fact label="Input from" value={`${formatPerMillion(summary.cheapestInput)} / 1M`} />
        {model.kind === "chat" ? <Fact label="Output from" value={`${formatPerMillion(summary.cheapestOutput)} / 1M`} /> : null}
        <Fact label="Context" value={`${formatInteger(summary.contextWindow)} tokens`} />
        {model.kind === "chat" ? <Fact label="Max output" value={`${formatInteger(summary.maxOutput)} tokens`} /> : null}
        {model.dimensions !== undefined ? <Fact label="Dimensions" value={formatInteger(model.dimensions)} /> : null}
        <div className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-xs text-zinc-500 dark:text-zinc-400">Capabilities</dt>
          <dd className="mt-1.5">
            <CapabilityBadges capabilities={summary.capabilities} />
          </dd>
        </div>
      </dl>

      <section aria-labelledby="providers-heading" className="mt-12">
        <h2 id="providers-heading" className="text-xl font-semibold tracking-tight">
          Providers
        </h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          USD per million tokens at each provider&apos;s list price, as of {pricesAsOf}. Where no cache price is listed, cached tokens bill at the
          input price.
        </p>
        <div className="hidden md:block">
          <ModelOfferingsTable offerings={model.offerings} isEmbedding={model.kind === "embedding"} />
        </div>
        <div className="md:hidden">
          <ModelOfferingCards offerings={model.offerings} isEmbedding={model.kind === "embedding"} />
        </div>
      </section>

      <section aria-labelledby="usage-heading" className="mt-12">
        <h2 id="usage-heading" className="text-xl font-semibold tracking-tight">
          Use it
        </h2>
        <ModelCodeSamples model={model} />
      </section>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 font-medium tabular-nums">{value}</dd>
    </div>
  );
}
