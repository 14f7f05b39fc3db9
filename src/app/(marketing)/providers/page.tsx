import type { Metadata } from "next";
import Link from "next/link";
import { PageIntro } from "@/components/marketing/page-intro";
import { ProviderSection, type ProviderModel } from "@/components/marketing/provider-section";
import { listModels, listProviders } from "@/server/catalog";

export const metadata: Metadata = {
  title: "Providers",
  description: `The ${listProviders().length} LLM providers Switchboard routes to, how to connect each one, and the models each serves with its prices.`,
};

function modelsByProvider(): Map<string, ProviderModel[]> {
  const byProvider = new Map<string, ProviderModel[]>();
  for (const model of listModels()) {
    for (const offering of model.offerings) {
      const entries = byProvider.get(offering.providerId) ?? [];
      entries.push({ model, offering });
      byProvider.set(offering.providerId, entries);
    }
  }
  return byProvider;
}

export default function ProvidersPage() {
  const providers = listProviders();
  const byProvider = modelsByProvider();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
      <PageIntro eyebrow="Catalog" title="Providers">
        {providers.length} providers behind one OpenAI-compatible API. Add your own key for any of them in the dashboard (0% fee), or use
        credits. Self-hosting? Set <code className="font-mono text-base">&lt;PROVIDER&gt;_API_KEY</code> for platform keys and{" "}
        <code className="font-mono text-base">&lt;PROVIDER&gt;_BASE_URL</code> to point a provider elsewhere.
      </PageIntro>
      <nav aria-label="Providers on this page" className="mt-8">
        <ul className="flex flex-wrap gap-2">
          {providers.map((provider) => (
            <li key={provider.id}>
              <Link
                href={`#${provider.id}`}
                className="block rounded-full border border-zinc-300 px-3 py-1 text-sm hover:border-brand-500 hover:text-brand-600 dark:border-zinc-700 dark:hover:text-blue-400"
              >
                {provider.name} <span className="text-zinc-500 dark:text-zinc-400">{byProvider.get(provider.id)?.length ?? 0}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-12 space-y-14">
        {providers.map((provider) => (
          <ProviderSection key={provider.id} provider={provider} models={byProvider.get(provider.id) ?? []} />
        ))}
      </div>
    </div>
  );
}
