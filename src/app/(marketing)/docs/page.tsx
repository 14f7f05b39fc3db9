import type { Metadata } from "next";
import Link from "next/link";
import { DocsArticle } from "@/components/marketing/docs/docs-ui";
import { listModels, listProviders } from "@/server/catalog";

export const metadata: Metadata = {
  title: "Docs",
  description: "Switchboard documentation: quick start, API reference, migration guides and self-hosting.",
};

const GUIDES = [
  { href: "/docs/quick-start", title: "Quick start", body: "Create an account and a key, then change one line: the base URL." },
  { href: "/docs/api", title: "API reference", body: "Endpoints, model ids, headers, errors, streaming and routing options." },
  { href: "/docs/migrate/openai", title: "Migrate from OpenAI", body: "Same SDK, same model ids — plus every other provider." },
  { href: "/docs/migrate/openrouter", title: "Migrate from OpenRouter", body: "OpenRouter's model ids and routing fields keep working." },
  { href: "/docs/migrate/portkey", title: "Migrate from Portkey", body: "Drop the x-portkey headers; configs become routing rules." },
  { href: "/docs/migrate/litellm", title: "Migrate from LiteLLM", body: "Replace the proxy's URL and key; fallbacks become routing rules." },
  { href: "/docs/self-hosting", title: "Self-hosting", body: "Two commands on one machine; PostgreSQL, Redis and Stripe when you grow." },
];

export default function DocsIndexPage() {
  return (
    <DocsArticle
      title="Documentation"
      lead={`Switchboard is an OpenAI-compatible gateway to ${listModels().length} models from ${listProviders().length} providers. Point your client at it, keep your code.`}
    >
      <ul className="!mt-8 !list-none !space-y-0 !pl-0 grid gap-4 sm:grid-cols-2">
        {GUIDES.map((guide) => (
          <li key={guide.href}>
            <Link
              href={guide.href}
              className="block h-full rounded-xl border border-zinc-200 p-4 !text-inherit hover:border-brand-500 hover:!no-underline dark:border-zinc-800"
            >
              <span className="font-medium text-zinc-900 dark:text-zinc-100">{guide.title}</span>
              <span className="mt-1 block text-sm font-normal text-zinc-600 dark:text-zinc-400">{guide.body}</span>
            </Link>
          </li>
        ))}
      </ul>
    </DocsArticle>
  );
}
