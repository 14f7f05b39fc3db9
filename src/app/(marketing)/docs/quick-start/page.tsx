import type { Metadata } from "next";
import Link from "next/link";
import { CodeBlock } from "@/components/marketing/code-block";
import { C, DocSection, DocsArticle, Note } from "@/components/marketing/docs/docs-ui";
import { PINNED_EXAMPLE_ID, ROUTED_EXAMPLE, priceSentence, providerList } from "@/components/marketing/docs/example-models";
import { API_KEY_ENV, EXAMPLE_BASE_URL, curlChat, openAiSdkChat, vercelAiSdk } from "@/components/marketing/snippets";
import { PLATFORM_FEE_PERCENT } from "@/lib/money/top-up-pricing";

export const metadata: Metadata = {
  title: "Quick start",
  description: "Make your first request through Switchboard in five minutes: create a key, change the base URL, keep your code.",
};

const PYTHON = `from openai import OpenAI
import os

client = OpenAI(base_url="${EXAMPLE_BASE_URL}", api_key=os.environ["${API_KEY_ENV}"])

completion = client.chat.completions.create(
    model="${ROUTED_EXAMPLE.id}",
    messages=[{"role": "user", "content": "Hello!"}],
)
print(completion.choices[0].message.content)`;

const STREAMING = `const stream = await client.chat.completions.create({
  model: "${PINNED_EXAMPLE_ID}",
  messages: [{ role: "user", content: "Write a haiku about routers." }],
  stream: true,
  stream_options: { include_usage: true },
});
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");`;

export default function QuickStartPage() {
  return (
    <DocsArticle title="Quick start" lead="Switchboard speaks OpenAI's API. If your code talks to OpenAI today, it talks to every provider after one change: the base URL.">
      <DocSection id="account" title="1. Create an account and a key">
        <ol>
          <li>
            <Link href="/signup">Sign up</Link>. You get an organization and a default project.
          </li>
          <li>
            In the dashboard open <strong>API keys</strong> and create a key. It starts with <C>sk-sb-</C> and is shown once: store it as{" "}
            <C>{API_KEY_ENV}</C>.
          </li>
          <li>
            Decide who pays the providers. Add your own keys under <strong>Provider keys</strong> (no fee), or top up credits under{" "}
            <strong>Billing</strong> ({PLATFORM_FEE_PERCENT}% on top-ups). The default project mode, hybrid, uses your keys first and credits
            otherwise.
          </li>
        </ol>
      </DocSection>

      <DocSection id="base-url" title="2. Change the base URL">
        <p>
          Point the client at <C>{EXAMPLE_BASE_URL}</C> (on your own machine: <C>http://localhost:3000/v1</C>) and use your Switchboard key.
          Nothing else changes.
        </p>
        <CodeBlock title="OpenAI SDK — TypeScript" code={openAiSdkChat(ROUTED_EXAMPLE.id)} />
        <CodeBlock title="OpenAI SDK — Python" code={PYTHON} />
        <CodeBlock title="curl" code={curlChat(ROUTED_EXAMPLE.id)} />
        <CodeBlock title="Vercel AI SDK (@ai-sdk/openai-compatible)" code={vercelAiSdk(ROUTED_EXAMPLE.id)} />
      </DocSection>

      <DocSection id="models" title="3. Pick a model">
        <p>
          A bare id such as <C>{ROUTED_EXAMPLE.id}</C> goes to the best provider your project can use — served by {providerList(ROUTED_EXAMPLE)},
          from {priceSentence(ROUTED_EXAMPLE)} — and fails over to the next one if it errors. A prefixed id such as <C>{PINNED_EXAMPLE_ID}</C> pins
          one provider. Every id and price is on the <Link href="/models">models page</Link>, and <C>GET /v1/models</C> returns the same list.
        </p>
      </DocSection>

      <DocSection id="streaming" title="4. Stream">
        <p>
          <C>stream: true</C> works with every provider: chunks arrive in OpenAI&apos;s format the moment the provider sends them, ending with{" "}
          <C>data: [DONE]</C>.
        </p>
        <CodeBlock title="Streaming with the OpenAI SDK" code={STREAMING} />
      </DocSection>

      <DocSection id="logs" title="5. See what it cost">
        <p>
          Every request appears under <strong>Logs</strong> in the dashboard with its tokens, exact cost, latency, the provider that served it
          and why it was chosen. The response headers say the same: <C>x-switchboard-provider</C>, <C>x-switchboard-retries</C>,{" "}
          <C>x-request-id</C>.
        </p>
        <Note>
          <p>
            Next: the <Link href="/docs/api">API reference</Link> for headers, errors and routing options, or a migration guide from{" "}
            <Link href="/docs/migrate/openrouter">OpenRouter</Link>, <Link href="/docs/migrate/portkey">Portkey</Link> or{" "}
            <Link href="/docs/migrate/litellm">LiteLLM</Link>.
          </p>
        </Note>
      </DocSection>
    </DocsArticle>
  );
}
