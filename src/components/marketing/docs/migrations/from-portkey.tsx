import { CodeBlock } from "../../code-block";
import { API_KEY_ENV, EXAMPLE_BASE_URL } from "../../snippets";
import { compactJson } from "../compact-json";
import { C, DocSection, DocTable } from "../docs-ui";
import type { MigrationGuide } from "./guide";
import { PORTKEY_AS_SWITCHBOARD, PORTKEY_CONFIG } from "./routing-examples";

const PORTKEY_BASE_URL = "https://api.portkey.ai/v1";

const HEADER_ROWS = [
  [<C key="p">x-portkey-api-key</C>, <>Drop it: <C>Authorization: Bearer $SWITCHBOARD_API_KEY</C>.</>],
  [
    <>
      <C>x-portkey-virtual-key</C>, <C>x-portkey-provider</C>
    </>,
    <>Drop them: add provider keys in the dashboard, and pin a provider with a prefixed id (<C>anthropic/claude-haiku-4-5</C>).</>,
  ],
  [<C key="p">x-portkey-config</C>, "Drop it: the config becomes the project's routing rules (below)."],
  [<C key="p">x-portkey-metadata</C>, <>One <C>x-switchboard-meta-&lt;name&gt;</C> header per key.</>],
  [<C key="p">x-portkey-trace-id</C>, <C key="s">x-request-id</C>],
  [<C key="p">x-portkey-cache-force-refresh</C>, <C key="s">x-no-cache: true</C>],
];

export const fromPortkey: MigrationGuide = {
  slug: "portkey",
  from: "Portkey",
  description: "Swap the base URL, drop the x-portkey headers, and move your config into the project's routing rules.",
  changes: [
    ["Base URL", <C key="b">{PORTKEY_BASE_URL}</C>, <C key="a">{EXAMPLE_BASE_URL}</C>],
    ["API key", <C key="b">x-portkey-api-key</C>, <C key="a">Authorization: Bearer ${API_KEY_ENV}</C>],
    ["Headers", <C key="b">x-portkey-*</C>, "Dropped or renamed (table below)."],
    ["Model ids", "Provider's own name, provider chosen by the virtual key", <>A bare id routes across providers; <C>provider/model</C> pins one.</>],
    ["Configs", <C key="b">x-portkey-config</C>, "Routing rules in dashboard → Settings → Routing."],
  ],
  before: {
    title: "Before",
    code: `import OpenAI from "openai";
import { createHeaders, PORTKEY_GATEWAY_URL } from "portkey-ai";

const client = new OpenAI({
  baseURL: PORTKEY_GATEWAY_URL,
  apiKey: "unused",
  defaultHeaders: createHeaders({ apiKey: process.env.PORTKEY_API_KEY, virtualKey: "openai-prod" }),
});`,
  },
  after: {
    title: "After",
    code: `import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "${EXAMPLE_BASE_URL}",
  apiKey: process.env.${API_KEY_ENV},
});`,
  },
  details: () => (
    <>
      <DocSection id="headers" title="Headers">
        <DocTable columns={["Portkey", "Switchboard"]} rows={HEADER_ROWS} caption="Portkey headers and their Switchboard equivalents" />
      </DocSection>
      <DocSection id="configs" title="Configs become routing rules">
        <p>
          Portkey&apos;s <C>fallback</C> and <C>loadbalance</C> modes, weights, <C>retry</C> and <C>request_timeout</C> map one to one. Targets
          name a model (bare or provider-prefixed) instead of a virtual key, and a rule&apos;s <C>when</C> (model glob, metadata, API keys)
          replaces conditional routing. Paste the result into dashboard → Settings → Routing.
        </p>
        <CodeBlock title="Portkey config" code={compactJson(PORTKEY_CONFIG)} />
        <CodeBlock title="Switchboard routing rules" code={compactJson(PORTKEY_AS_SWITCHBOARD)} />
      </DocSection>
      <DocSection id="streaming" title="Streaming">
        <p>Chunks are forwarded the moment they arrive from the provider, with no buffering delay before the first one.</p>
      </DocSection>
    </>
  ),
};
