import type { Metadata } from "next";
import Link from "next/link";
import { VENDOR_LABELS } from "@/components/marketing/catalog-labels";
import { ModelRow } from "@/components/marketing/model-row";
import { providerName, summarizeModel } from "@/components/marketing/model-summary";
import { ModelsExplorer, type ExplorerRow } from "@/components/marketing/models-explorer";
import { PageIntro } from "@/components/marketing/page-intro";
import { listModels, listProviders } from "@/server/catalog";

export const metadata: Metadata = {
  title: "Models and prices",
  description: `Every model Switchboard routes to — ${listModels().length} models from ${listProviders().length} providers — with prices per million tokens, context size and capabilities.`,
};

export default function ModelsPage() {
  const rows: ExplorerRow[] = listModels().map((model) => {
    const summary = summarizeModel(model);
    const searchable = [model.name, model.id, VENDOR_LABELS[model.vendor], ...summary.providerIds, ...summary.providerIds.map(providerName)];
    return {
      id: model.id,
      searchText: searchable.join(" ").toLowerCase(),
      kind: model.kind,
      capabilities: summary.capabilities,
      providerIds: summary.providerIds,
      row: <ModelRow model={summary} />,
    };
  });
  const providers = listProviders().map((provider) => ({ id: provider.id, name: provider.name }));

  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
      <PageIntro eyebrow="Catalog" title="Models">
        {rows.length} models from {providers.length} providers at the providers&apos; list prices. Prices are the cheapest provider&apos;s, in USD per
        million tokens; open a model to see every provider. Compare monthly costs in the{" "}
        <Link href="/calculator" className="font-medium text-brand-600 hover:underline dark:text-blue-400">
          calculator
        </Link>
        .
      </PageIntro>
      <div className="mt-10">
        <ModelsExplorer rows={rows} providers={providers} />
      </div>
    </div>
  );
}
