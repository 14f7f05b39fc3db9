import type { CatalogModel } from "@/server/catalog";
import { CodeBlock } from "./code-block";
import { offeringsByPrice, providerName, servedOfferings } from "./model-summary";
import { curlChat, curlEmbeddings, openAiSdkChat, openAiSdkEmbeddings } from "./snippets";

/** How to call one model: its bare id (routed across providers) and a provider-prefixed id (pinned). */
export function ModelCodeSamples({ model }: { model: CatalogModel }) {
  const pinnedProvider = offeringsByPrice(servedOfferings(model))[0]?.providerId ?? model.offerings[0]?.providerId ?? "";
  const pinnedId = `${pinnedProvider}/${model.id}`;
  const isChat = model.kind === "chat";
  return (
    <div className="mt-2 grid gap-x-6 lg:grid-cols-2">
      <div className="min-w-0">
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          <code className="font-mono">{model.id}</code> goes to the best provider on live uptime, throughput, price and latency, and fails over to
          the next one.
        </p>
        <CodeBlock title="OpenAI SDK (TypeScript)" code={isChat ? openAiSdkChat(model.id, "routed across providers") : openAiSdkEmbeddings(model.id)} />
      </div>
      <div className="min-w-0">
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          <code className="font-mono">{pinnedId}</code> pins {providerName(pinnedProvider)}: no other provider is tried.
        </p>
        <CodeBlock title="curl" code={isChat ? curlChat(pinnedId) : curlEmbeddings(pinnedId)} />
      </div>
    </div>
  );
}
