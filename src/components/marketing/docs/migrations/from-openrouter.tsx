import Link from "next/link";
import { findProvider } from "@/server/catalog";
import { API_KEY_ENV, EXAMPLE_BASE_URL } from "../../snippets";
import { C, DocSection } from "../docs-ui";
import type { MigrationGuide } from "./guide";
import { ModelIdTable, upstreamIdsOf } from "./model-id-table";

const OPENROUTER_BASE_URL = findProvider("openrouter")?.defaultBaseUrl ?? "https://openrouter.ai/api/v1";

export const fromOpenRouter: MigrationGuide = {
  slug: "openrouter",
  from: "OpenRouter",
  description: "Change the base URL and key. OpenRouter's model ids, attribution headers and provider preferences keep working.",
  changes: [
    ["Base URL", <C key="b">{OPENROUTER_BASE_URL}</C>, <C key="a">{EXAMPLE_BASE_URL}</C>],
    ["API key", <C key="b">OPENROUTER_API_KEY (sk-or-…)</C>, <C key="a">{API_KEY_ENV} (sk-sb-…)</C>],
    ["Headers", <C key="b">HTTP-Referer, X-Title</C>, "Keep them: they are stored as the request's source."],
    ["Model ids", <C key="b">anthropic/claude-sonnet-4.5</C>, "Work as they are (table below); the native ids are shorter."],
    ["Body extras", <C key="b">models, provider</C>, "Honoured the same way, then removed before the request goes upstream."],
  ],
  before: {
    title: "Before",
    code: `const client = new OpenAI({
  baseURL: "${OPENROUTER_BASE_URL}",
  apiKey: process.env.OPENROUTER_API_KEY,
});`,
  },
  after: {
    title: "After",
    code: `const client = new OpenAI({
  baseURL: "${EXAMPLE_BASE_URL}",
  apiKey: process.env.${API_KEY_ENV},
});`,
  },
  details: () => {
    const ids = upstreamIdsOf("openrouter");
    return (
      <>
        <DocSection id="model-ids" title="Model ids">
          <p>
            In OpenRouter the prefix names the model&apos;s maker; in Switchboard it names the provider that serves it. OpenRouter&apos;s ids
            still resolve — a prefix that happens to be a provider (<C>openai/…</C>) pins that provider, the others route across every provider
            of the model. To keep going through your OpenRouter account, add your OpenRouter key as a provider key and prefix ids with{" "}
            <C>openrouter/</C>.
          </p>
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium">All {ids.length} OpenRouter ids in the catalog</summary>
            <ModelIdTable ids={ids} theirs="OpenRouter" />
          </details>
        </DocSection>
        <DocSection id="routing" title="Provider preferences">
          <p>
            <C>models</C> (fallback models) and <C>provider</C> with <C>order</C>, <C>only</C>, <C>ignore</C>, <C>allow_fallbacks</C>,{" "}
            <C>sort</C> and <C>max_price</C> behave as on OpenRouter. For rules that apply to every request, use the project&apos;s routing
            settings instead — see <Link href="/docs/api#routing">routing options</Link>.
          </p>
        </DocSection>
        <DocSection id="cost" title="Cost per request">
          <p>
            Each request&apos;s exact cost is in the dashboard&apos;s request log, next to its tokens and the provider that served it. There is no
            fee per request: credits carry a fee on top-ups only, and your own keys none at all.
          </p>
        </DocSection>
      </>
    );
  },
};
