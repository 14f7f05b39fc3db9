import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { credentialLabel } from "./describe-routing";
import { DetailSection } from "./detail-list";
import { formatDuration, formatTokens } from "./format-request-log";
import { StatusBadge } from "./status-badge";

export type RequestLogDetailData = inferRouterOutputs<AppRouter>["requestLogs"]["get"];

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

function describeCache(status: string | null, succeeded: boolean): string {
  if (status === null) return "Off for this project";
  if (status === "hit") return "Hit: answered from the cache, no provider called, no cost";
  // Only a successful answer is stored.
  if (status === "miss") return succeeded ? "Miss: sent to a provider; the answer is now cached" : "Miss: sent to a provider; failures are not cached";
  if (status === "skip") return "Skipped (x-no-cache: true)";
  return status;
}

// Exact decimals as stored: the detail view is where a cost can be checked to the last digit.
const usd = (amount: string) => `$${amount}`;

function metadataEntries(metadata: unknown): Array<[string, string]> | null {
  if (metadata === null || typeof metadata !== "object" || Array.isArray(metadata)) return null;
  return Object.entries(metadata).map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value)]);
}

/** Everything a request-log row holds apart from the routing decision. */
export function RequestLogFacts({ entry }: { entry: RequestLogDetailData }) {
  const tokens = (count: number) => formatTokens(count, entry.tokensEstimated);
  const metadata = metadataEntries(entry.metadata);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <DetailSection
        title="Request"
        items={[
          { label: "Time", value: timeFormat.format(entry.createdAt) },
          { label: "Request id", value: entry.requestId, mono: true },
          { label: "Log id", value: entry.id, mono: true },
          // No key: the request came from the dashboard playground, on a signed-in member's session.
          { label: "API key", value: entry.apiKeyId ? `${entry.apiKeyName ?? "deleted key"} (${entry.apiKeyId})` : "Playground (no key: a signed-in member)" },
          { label: "Endpoint", value: entry.endpoint },
          { label: "Streamed", value: entry.streamed ? "yes" : "no" },
        ]}
      />
      <DetailSection
        title="Model and provider"
        items={[
          { label: "Requested", value: entry.requestedModel, mono: true },
          { label: "Catalog model", value: entry.modelId, mono: true },
          { label: "Provider", value: entry.providerId },
          { label: "Provider model", value: entry.providerModel, mono: true },
          { label: "Credential", value: entry.credentialSource ? `${credentialLabel(entry.credentialSource)}${entry.credentialId ? ` (${entry.credentialId})` : ""}` : null },
        ]}
      />
      <DetailSection
        title="Outcome"
        items={[
          { label: "Status", value: <StatusBadge status={entry.status} /> },
          { label: "Error", value: entry.errorCode || entry.errorMessage ? [entry.errorCode, entry.errorMessage].filter(Boolean).join(": ") : null },
          { label: "Finish reason", value: entry.finishReason },
          { label: "Cache", value: describeCache(entry.cacheStatus, entry.status >= 200 && entry.status < 300) },
          { label: "Retries", value: String(entry.retries) },
        ]}
      />
      <DetailSection
        title="Timing"
        items={[
          { label: "Latency", value: formatDuration(entry.latencyMs) },
          { label: "Time to first token", value: formatDuration(entry.ttftMs) },
        ]}
      />
      <DetailSection
        title={entry.tokensEstimated ? "Tokens (estimated: the provider reported none)" : "Tokens"}
        items={[
          { label: "Prompt", value: tokens(entry.promptTokens), mono: true },
          { label: "Cached", value: tokens(entry.cachedTokens), mono: true },
          { label: "Cache write", value: tokens(entry.cacheWriteTokens), mono: true },
          { label: "Completion", value: tokens(entry.completionTokens), mono: true },
          { label: "Reasoning", value: tokens(entry.reasoningTokens), mono: true },
        ]}
      />
      <DetailSection
        title="Cost (USD)"
        items={[
          { label: "Input", value: usd(entry.inputCost), mono: true },
          { label: "Cached input", value: usd(entry.cachedInputCost), mono: true },
          { label: "Cache write", value: usd(entry.cacheWriteCost), mono: true },
          { label: "Output", value: usd(entry.outputCost), mono: true },
          { label: "Total", value: <strong>{usd(entry.totalCost)}</strong>, mono: true },
        ]}
      />
      <div className="lg:col-span-2">
        <DetailSection title="Metadata" items={metadata && metadata.length > 0 ? metadata.map(([name, value]) => ({ label: name, value, mono: true })) : undefined}>
          {metadata === null && entry.metadata !== null ? <pre className="font-mono text-xs">{JSON.stringify(entry.metadata, null, 2)}</pre> : null}
          {entry.metadata === null || metadata?.length === 0 ? <p className="text-sm text-zinc-500">None. Send x-switchboard-meta-&lt;name&gt; headers to tag requests.</p> : null}
        </DetailSection>
      </div>
    </div>
  );
}
