import type { Metadata } from "next";
import Link from "next/link";
import { CodeBlock } from "@/components/marketing/code-block";
import { ENDPOINT_ROWS, ERROR_ROWS, REQUEST_HEADER_ROWS, RESPONSE_HEADER_ROWS } from "@/components/marketing/docs/api-reference-tables";
import { C, DocSection, DocTable, DocsArticle, Note } from "@/components/marketing/docs/docs-ui";
import { PINNED_EXAMPLE, PINNED_EXAMPLE_ID, PINNED_PROVIDER, ROUTED_EXAMPLE } from "@/components/marketing/docs/example-models";
import { providerName } from "@/components/marketing/model-summary";
import { EXAMPLE_BASE_URL } from "@/components/marketing/snippets";
import { listModels, listProviders } from "@/server/catalog";

export const metadata: Metadata = {
  title: "API reference",
  description: "Switchboard's OpenAI-compatible API: endpoints, model ids, request and response headers, errors, streaming and routing options.",
};

const ERROR_BODY = `{
  "error": {
    "message": "The model \`gpt-5-turbo-max\` does not exist or is not served by this gateway. GET /v1/models lists the available models.",
    "type": "not_found_error",
    "param": "model",
    "code": "model_not_found"
  }
}`;

const STREAM_END = `data: {"id":"chatcmpl-…","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hel"}}]}

data: {"id":"chatcmpl-…","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}

data: [DONE]`;

const PROVIDER_PREFERENCES = `{
  "model": "${ROUTED_EXAMPLE.id}",
  "messages": [{ "role": "user", "content": "Hello!" }],
  "models": ["${PINNED_EXAMPLE.id}"],
  "provider": {
    "order": ["openai", "openrouter"],
    "allow_fallbacks": true,
    "sort": "price",
    "max_price": { "prompt": 1, "completion": 2 }
  }
}`;

export default function ApiReferencePage() {
  return (
    <DocsArticle title="API reference" lead="An OpenAI-compatible API: the same paths, bodies, responses and errors, for every provider.">
      <DocSection id="base-url" title="Base URL and authentication">
        <p>
          Send requests to <C>{EXAMPLE_BASE_URL}</C> with <C>Authorization: Bearer sk-sb-…</C> (or <C>x-api-key: sk-sb-…</C>). Keys belong to a
          project; the project&apos;s mode decides whose provider credentials are used — your own (BYOK), the platform&apos;s (credits), or
          yours first (hybrid).
        </p>
      </DocSection>

      <DocSection id="endpoints" title="Endpoints">
        <DocTable columns={["Endpoint", "Notes"]} rows={ENDPOINT_ROWS} caption="Endpoints" />
      </DocSection>

      <DocSection id="model-ids" title="Model ids">
        <ul>
          <li>
            <strong>Bare</strong> — <C>{ROUTED_EXAMPLE.id}</C>: the best provider the project has credentials for, scored on the last five
            minutes of uptime, throughput, price and latency (the cheapest when there are no metrics yet).
          </li>
          <li>
            <strong>Provider-prefixed</strong> — <C>{PINNED_EXAMPLE_ID}</C>: only {providerName(PINNED_PROVIDER)}, no cross-provider failover.
          </li>
          <li>
            <strong>Upstream names</strong> — what you would send to the provider directly (e.g. <C>{PINNED_EXAMPLE.offerings[0]?.providerModel}</C>)
            resolve to the same model.
          </li>
          <li>
            <strong>Custom providers</strong> — a project&apos;s own OpenAI-compatible endpoint is <C>&lt;its slug&gt;/&lt;model name&gt;</C>.
          </li>
        </ul>
        <p>
          The catalog holds {listModels().length} models from {listProviders().length} providers; browse them on the{" "}
          <Link href="/models">models page</Link> or fetch <C>GET /v1/models</C>.
        </p>
      </DocSection>

      <DocSection id="request-headers" title="Request headers">
        <DocTable columns={["Header", "Meaning"]} rows={REQUEST_HEADER_ROWS} caption="Request headers" />
      </DocSection>

      <DocSection id="response-headers" title="Response headers">
        <DocTable columns={["Header", "Meaning"]} rows={RESPONSE_HEADER_ROWS} caption="Response headers" />
      </DocSection>

      <DocSection id="errors" title="Errors">
        <p>Every error uses OpenAI&apos;s envelope, so SDKs raise their usual exceptions:</p>
        <CodeBlock title="404 model_not_found" code={ERROR_BODY} />
        <DocTable columns={["Status", "code", "When"]} rows={ERROR_ROWS} caption="Error statuses and codes" />
      </DocSection>

      <DocSection id="streaming" title="Streaming">
        <p>
          With <C>&quot;stream&quot;: true</C> the answer is <C>text/event-stream</C>: one <C>chat.completion.chunk</C> per event, forwarded as the
          provider sends it, then <C>data: [DONE]</C>. With <C>stream_options.include_usage</C> a last chunk carries the token usage.
        </p>
        <CodeBlock title="The end of a stream" code={STREAM_END} />
        <p>
          If something fails after the stream has started, the last event is <C>data: &#123;&quot;error&quot;: &#123;…&#125;&#125;</C> instead of{" "}
          <C>[DONE]</C>: a stream that ends without <C>[DONE]</C> never looks like success. A stream fails over to another provider only before
          its first byte reached you. Closing the connection cancels the upstream request.
        </p>
      </DocSection>

      <DocSection id="routing" title="Routing options in the request">
        <p>
          OpenRouter&apos;s body fields work as they do there, and are removed before the request goes upstream: <C>models</C> lists fallback
          models, <C>provider</C> orders, restricts (<C>only</C>, <C>ignore</C>) or sorts (<C>price</C>, <C>throughput</C>, <C>latency</C>) the
          providers, and <C>max_price</C> caps the price in USD per million tokens.
        </p>
        <CodeBlock title="POST /v1/chat/completions" code={PROVIDER_PREFERENCES} />
        <p>
          Rules that apply to every request — fallback chains, weighted load balancing, conditions on model, metadata or key, retries and
          timeouts — live in the project&apos;s settings (dashboard → Settings → Routing).
        </p>
      </DocSection>

      <DocSection id="limits" title="Limits, caching and credits">
        <ul>
          <li>
            Per-key limits (requests and tokens per minute) answer <C>429 rate_limit_exceeded</C> with <C>Retry-After</C>; a model allow-list
            answers <C>403 model_not_allowed</C>; a spend limit answers <C>401 invalid_api_key</C>, saying so.
          </li>
          <li>
            With the project&apos;s response cache on, an identical request is answered from the cache for free with{" "}
            <C>x-switchboard-cache: HIT</C>; streamed answers are replayed as streams.
          </li>
          <li>
            On credits, the request&apos;s maximum cost is held before any provider is called; without enough balance the answer is{" "}
            <C>402 insufficient_credits</C>. The hold settles to the exact cost when the request ends.
          </li>
        </ul>
        <Note>
          <p>
            Every request is logged with its tokens, exact cost and the routing decision. See the <Link href="/docs/quick-start">quick start</Link>{" "}
            for a first request.
          </p>
        </Note>
      </DocSection>
    </DocsArticle>
  );
}
