import type { inferRouterOutputs } from "@trpc/server";
import type { KeyboardEvent } from "react";
import type { AppRouter } from "@/server/api/root";
import { formatDuration, formatTokens, formatUsd } from "./format-request-log";
import { StatusBadge, Tag } from "./status-badge";

export type RequestLogEntry = inferRouterOutputs<AppRouter>["requestLogs"]["list"]["items"][number];

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "short", timeStyle: "medium" });

export function RequestLogRow({ entry, onOpen }: { entry: RequestLogEntry; onOpen: (id: string) => void }) {
  const error = [entry.errorCode, entry.errorMessage].filter(Boolean).join(": ");
  const costBreakdown = `input ${formatUsd(entry.inputCost)} · cached ${formatUsd(entry.cachedInputCost)} · output ${formatUsd(entry.outputCost)}`;
  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpen(entry.id);
    }
  }
  return (
    <tr
      data-testid="request-log-row"
      tabIndex={0}
      title="Show details"
      onClick={() => onOpen(entry.id)}
      onKeyDown={onKeyDown}
      className="cursor-pointer border-b border-zinc-100 align-top last:border-0 hover:bg-zinc-50 focus-visible:bg-zinc-50 focus-visible:outline-offset-[-2px] dark:border-zinc-800 dark:hover:bg-zinc-800/50 dark:focus-visible:bg-zinc-800/50"
    >
      <td className="whitespace-nowrap px-3 py-3 text-zinc-500" title={entry.requestId}>
        {timeFormat.format(entry.createdAt)}
      </td>
      <td className="whitespace-nowrap px-3 py-3">
        <span className="font-medium">{entry.requestedModel}</span>
        {entry.streamed ? <span className="ml-2 text-xs text-zinc-500">stream</span> : null}
        {entry.providerId ? (
          <span className="block max-w-72 truncate text-xs text-zinc-500" title={`${entry.providerId}${entry.providerModel ? `/${entry.providerModel}` : ""}`}>
            → {entry.providerId}
            {entry.providerModel ? `/${entry.providerModel}` : ""}
            {entry.credentialSource === "byok" ? " · your key" : ""}
          </span>
        ) : null}
      </td>
      <td className="px-3 py-3">
        <span className="flex flex-wrap items-center gap-1.5">
          <StatusBadge status={entry.status} title={error || undefined} />
          {entry.cacheStatus === "hit" ? <Tag tone="brand">Cached</Tag> : null}
          {entry.apiKeyId === null ? <Tag>Playground</Tag> : null}
          {entry.retries > 0 ? <Tag>{`${entry.retries} ${entry.retries === 1 ? "retry" : "retries"}`}</Tag> : null}
        </span>
        {error ? <span className="mt-1 block max-w-52 truncate text-xs text-zinc-500" title={error}>{error}</span> : null}
      </td>
      <td className="whitespace-nowrap px-3 py-3 text-right font-mono text-xs" title={`cached ${entry.cachedTokens} · reasoning ${entry.reasoningTokens}`}>
        {formatTokens(entry.promptTokens, entry.tokensEstimated)} / {formatTokens(entry.completionTokens, entry.tokensEstimated)}
      </td>
      <td className="whitespace-nowrap px-3 py-3 text-right font-mono text-xs" title={costBreakdown}>
        {formatUsd(entry.totalCost)}
      </td>
      <td className="whitespace-nowrap px-3 py-3 text-right text-xs">{formatDuration(entry.latencyMs)}</td>
      <td className="whitespace-nowrap px-3 py-3 text-right text-xs">{formatDuration(entry.ttftMs)}</td>
    </tr>
  );
}
