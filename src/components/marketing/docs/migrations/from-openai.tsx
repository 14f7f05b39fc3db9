import Link from "next/link";
import { findProvider } from "@/server/catalog";
import { PLATFORM_FEE_PERCENT } from "@/lib/money/top-up-pricing";
import { API_KEY_ENV, EXAMPLE_BASE_URL } from "../../snippets";
import { C, DocSection } from "../docs-ui";
import type { MigrationGuide } from "./guide";
import { ModelIdTable, upstreamIdsOf } from "./model-id-table";

const OPENAI_BASE_URL = findProvider("openai")?.defaultBaseUrl ?? "https://api.openai.com/v1";

export const fromOpenAi: MigrationGuide = {
  slug: "openai",
  from: "OpenAI",
  description: "Keep the OpenAI SDK and your model ids; change the base URL and the key to reach every other provider too.",
  changes: [
    ["Base URL", <C key="b">{OPENAI_BASE_URL}</C>, <C key="a">{EXAMPLE_BASE_URL}</C>],
    ["API key", <C key="b">OPENAI_API_KEY (sk-…)</C>, <C key="a">{API_KEY_ENV} (sk-sb-…)</C>],
    ["Headers", <C key="b">OpenAI-Organization, OpenAI-Project</C>, "Not needed: the key decides the organization and project."],
    ["Model ids", <C key="b">gpt-4o-mini</C>, <>The same ids, plus every other provider&apos;s models.</>],
  ],
  before: {
    title: "Before",
    code: `const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`,
  },
  after: {
    title: "After",
    code: `const client = new OpenAI({
  baseURL: "${EXAMPLE_BASE_URL}",
  apiKey: process.env.${API_KEY_ENV},
});`,
  },
  details: () => (
    <>
      <DocSection id="keys" title="Keep paying OpenAI directly">
        <p>
          Add your OpenAI key under <strong>Provider keys</strong> in the dashboard and set the project to BYOK or hybrid: requests run on your
          OpenAI account with no fee. Or use credits ({PLATFORM_FEE_PERCENT}% on top-ups) and skip the provider accounts altogether.
        </p>
      </DocSection>
      <DocSection id="model-ids" title="Your model ids">
        <p>
          OpenAI&apos;s model names resolve as they are. A bare id may be served by any provider of that model; prefix it with{" "}
          <C>openai/</C> to stay on OpenAI.
        </p>
        <ModelIdTable ids={upstreamIdsOf("openai")} theirs="OpenAI" />
      </DocSection>
      <DocSection id="what-works" title="What works the same">
        <ul>
          <li>Chat completions with streaming, tools, vision content parts, JSON mode and structured outputs, and reasoning effort.</li>
          <li>Embeddings, and the models list at <C>GET /v1/models</C>.</li>
          <li>
            OpenAI&apos;s error envelope and status codes — see the <Link href="/docs/api#errors">errors table</Link>.
          </li>
        </ul>
      </DocSection>
    </>
  ),
};
