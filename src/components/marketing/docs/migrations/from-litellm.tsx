import { listProviders } from "@/server/catalog";
import { CodeBlock } from "../../code-block";
import { API_KEY_ENV, EXAMPLE_BASE_URL } from "../../snippets";
import { compactJson } from "../compact-json";
import { C, DocSection } from "../docs-ui";
import type { MigrationGuide } from "./guide";
import { LITELLM_AS_SWITCHBOARD, LITELLM_ROUTER } from "./routing-examples";

const LITELLM_BASE_URL = "http://0.0.0.0:4000";

export const fromLiteLlm: MigrationGuide = {
  slug: "litellm",
  from: "LiteLLM",
  description: "Point clients at Switchboard instead of the LiteLLM proxy; model_list aliases and fallbacks become routing rules.",
  changes: [
    ["Base URL", <C key="b">{LITELLM_BASE_URL}</C>, <C key="a">{EXAMPLE_BASE_URL}</C>],
    ["API key", "master or virtual key (sk-…)", <C key="a">{API_KEY_ENV} (sk-sb-…), with its own limits</C>],
    ["Provider keys", <C key="b">os.environ/…</C>, "Dashboard → Provider keys, or <PROVIDER>_API_KEY when self-hosting."],
    ["Model ids", <C key="b">anthropic/claude-sonnet-4-5-20250929</C>, <>Work as they are where the prefix matches a provider id; bare ids route across providers.</>],
    ["config.yaml", <C key="b">model_list, fallbacks, router_settings</C>, "Routing rules in dashboard → Settings → Routing."],
  ],
  before: {
    title: "Before",
    code: `const client = new OpenAI({ baseURL: "${LITELLM_BASE_URL}", apiKey: process.env.LITELLM_API_KEY });`,
  },
  after: {
    title: "After",
    code: `const client = new OpenAI({ baseURL: "${EXAMPLE_BASE_URL}", apiKey: process.env.${API_KEY_ENV} });`,
  },
  details: () => (
    <>
      <DocSection id="model-ids" title="Model ids">
        <p>
          LiteLLM&apos;s <C>provider/model</C> strings work unchanged when the prefix is one of Switchboard&apos;s provider ids:{" "}
          {listProviders().map((provider, index) => (
            <span key={provider.id}>
              {index > 0 ? ", " : ""}
              <C>{provider.id}</C>
            </span>
          ))}
          . Rename the others (<C>gemini/</C> → <C>google-ai-studio/</C>, <C>together_ai/</C> → <C>together/</C>, <C>fireworks_ai/</C> →{" "}
          <C>fireworks/</C>), or drop the prefix and let Switchboard pick the provider.
        </p>
      </DocSection>
      <DocSection id="router" title="model_list and fallbacks">
        <p>
          Several deployments of one model under an alias are what a bare id already does: Switchboard scores every provider of the model and
          fails over between them. Keep your aliases with a rule per alias; a fallback to another model is one more target.
        </p>
        <CodeBlock title="LiteLLM config.yaml" code={LITELLM_ROUTER} />
        <CodeBlock title="Switchboard routing rules" code={compactJson(LITELLM_AS_SWITCHBOARD)} />
      </DocSection>
      <DocSection id="budgets" title="Budgets and keys">
        <p>
          Virtual keys with budgets become Switchboard API keys with a spend limit (lifetime, daily, weekly or monthly), rate limits and a model
          allow-list. Spend limits are held before the request is sent, so concurrent traffic cannot overshoot them.
        </p>
      </DocSection>
    </>
  ),
};
