import type { inferRouterOutputs } from "@trpc/server";
import { cn } from "@/lib/cn";
import type { AppRouter } from "@/server/api/root";
import { formatDuration, formatTokens, formatUsd, statusTone, type StatusTone } from "./format-request-log";

export type RequestLogEntry = inferRouterOutputs<AppRouter>["requestLogs"]["list"]["items"][number];

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "short", timeStyle: "medium" });

const TONE_STYLES: Record<StatusTone, string> = {
  success: "bg-emerald-50 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300",
  "client-error": "bg-amber-50 text-amber-700 dark:bg-amber-500/10 dark:text-amber-300",
  "server-error": "bg-red-50 text-red-700 dark:bg-red-500/10 dark:text-red-300",
  cancelled: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
};

export function RequestLogRow({ entry }: { entry: RequestLogEntry }) {
  const error = [entry.errorCode, entry.errorMessage].filter(Boolean).join(": ");
  const costBreakdown = `input ${formatUsd(entry.inputCost)} · cached ${formatUsd(entry.cachedInputCost)} · output ${formatUsd(entry.outputCost)}`;
  return (
    <tr data-testid="request-log-row" className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
      <td className="whitespace-nowrap px-4 py-3 text-zinc-500" title={entry.requestId}>
        {timeFormat.format(entry.createdAt)}
      </td>
      <td className="whitespace-nowrap px-4 py-3">
        <span className="font-medium">{entry.requestedModel}</span>
        {entry.streamed ? <span className="ml-2 text-xs text-zinc-500">stream</span> : null}
        {entry.providerId ? (
          <span className="block text-xs text-zinc-500">
            → {entry.providerId}
            {entry.providerModel ? `/${entry.providerModel}` : ""}
            {entry.credentialSource === "byok" ? " · your key" : ""}
          </span>
        ) : null}
      </td>
      <td className="px-4 py-3">
        <span className={cn("rounded-full px-2 py-0.5 font-mono text-xs font-medium", TONE_STYLES[statusTone(entry.status)])} title={error || undefined}>
          {entry.status}
        </span>
        {error ? <span className="mt-1 block max-w-xs truncate text-xs text-zinc-500" title={error}>{error}</span> : null}
      </td>
      <td className="whitespace-nowrap px-4 py-3 text-right font-mono text-xs" title={`cached ${entry.cachedTokens} · reasoning ${entry.reasoningTokens}`}>
        {formatTokens(entry.promptTokens, entry.tokensEstimated)} / {formatTokens(entry.completionTokens, entry.tokensEstimated)}
      </td>
      <td className="whitespace-nowrap px-4 py-3 text-right font-mono text-xs" title={costBreakdown}>
        {formatUsd(entry.totalCost)}
      </td>
      <td className="whitespace-nowrap px-4 py-3 text-right text-xs">{formatDuration(entry.latencyMs)}</td>
      <td className="whitespace-nowrap px-4 py-3 text-right text-xs">{formatDuration(entry.ttftMs)}</td>
    </tr>
  );
}
