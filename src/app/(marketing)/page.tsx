import Link from "next/link";
import { CodeSample } from "@/components/marketing/code-sample";
import { FeaturedModels } from "@/components/marketing/featured-models";
import { PricingPlans } from "@/components/marketing/pricing-plans";
import { buttonClasses } from "@/components/ui/button";
import { listModels, listProviders } from "@/server/catalog";

const FEATURES = [
  { title: "One API, every provider", body: "OpenAI, Anthropic, Google, Groq, Mistral, DeepSeek, xAI and more behind one OpenAI-compatible endpoint and one key." },
  { title: "Routing that watches the numbers", body: "Providers are scored on live uptime, throughput, price and latency; failed calls retry on the next best provider before your users notice." },
  { title: "Cost on every request", body: "Tokens and exact cost per request, per key, per model — with analytics, a request log and spend limits per key." },
  { title: "Streaming without delay", body: "Chunks are forwarded the moment they arrive, in OpenAI's format whatever the provider, with usage at the end." },
  { title: "Your keys or our credits", body: "Bring your own provider keys and pay nothing extra, or buy credits and let us hold the provider accounts." },
  { title: "Self-host the whole thing", body: "Gateway, dashboard and billing in one open-source app: two commands on one machine, PostgreSQL and Redis at scale." },
];

export default function LandingPage() {
  const modelCount = listModels().length;
  const providerCount = listProviders().length;
  return (
    <>
      <section className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:py-24 lg:grid-cols-2">
        <div className="min-w-0">
          <p className="mb-4 inline-block rounded-full bg-brand-50 px-3 py-1 text-xs font-medium text-brand-700 dark:bg-brand-500/10 dark:text-brand-100">
            Open source · OpenAI-compatible · Self-hostable
          </p>
          <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">One API key for every LLM provider.</h1>
          <p className="mt-5 text-lg text-zinc-600 dark:text-zinc-400">
            Switchboard is the gateway between your app and {modelCount} models from {providerCount} providers. Change your base URL, keep
            your code, and get routing, failover, caching, per-request cost and analytics.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/signup" className={buttonClasses("primary", "px-5 py-2.5")}>
              Create a free account
            </Link>
            <Link href="/docs/quick-start" className={buttonClasses("secondary", "px-5 py-2.5")}>
              Read the quick start
            </Link>
          </div>
        </div>
        <div className="min-w-0">
          <CodeSample />
        </div>
      </section>

      <section id="features" aria-labelledby="features-heading" className="border-t border-zinc-200 bg-zinc-50 py-16 dark:border-zinc-800 dark:bg-zinc-900/40">
        <div className="mx-auto max-w-6xl px-4">
          <h2 id="features-heading" className="text-2xl font-semibold tracking-tight">
            Everything between your app and the models
          </h2>
          <div className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {FEATURES.map((feature) => (
              <div key={feature.title} className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
                <h3 className="font-medium">{feature.title}</h3>
                <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{feature.body}</p>
              </div>
            ))}
          </div>
        </div>
      </section>

      <section aria-labelledby="models-heading" className="py-16">
        <div className="mx-auto max-w-6xl px-4">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <h2 id="models-heading" className="text-2xl font-semibold tracking-tight">
                Providers&apos; list prices, per million tokens
              </h2>
              <p className="mt-2 text-zinc-600 dark:text-zinc-400">A bare model id goes to the best provider; a prefixed id pins one.</p>
            </div>
            <Link href="/models" className={buttonClasses("secondary")}>
              All {modelCount} models
            </Link>
          </div>
          <FeaturedModels />
        </div>
      </section>

      <section id="pricing" aria-labelledby="pricing-heading" className="border-t border-zinc-200 bg-zinc-50 py-16 dark:border-zinc-800 dark:bg-zinc-900/40">
        <div className="mx-auto max-w-6xl px-4">
          <h2 id="pricing-heading" className="text-2xl font-semibold tracking-tight">
            Simple pricing
          </h2>
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">
            Pay providers&apos; list prices. We add nothing per request.{" "}
            <Link href="/pricing" className="font-medium text-brand-600 hover:underline dark:text-blue-400">
              Pricing details
            </Link>
          </p>
          <div className="mt-8">
            <PricingPlans />
          </div>
        </div>
      </section>
    </>
  );
}
