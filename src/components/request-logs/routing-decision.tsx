import { cn } from "@/lib/cn";
import {
  credentialLabel,
  describeRouteReason,
  formatMs,
  formatPercent,
  formatPricePerMillion,
  formatScore,
  formatTokensPerSecond,
  winnerIndex,
} from "./describe-routing";
import { DetailSection } from "./detail-list";
import { formatDuration } from "./format-request-log";
import type { RequestLogDetailData } from "./request-log-facts";
import { StatusBadge } from "./status-badge";

type Decision = NonNullable<RequestLogDetailData["routing"]>;
type Candidate = Decision["candidates"][number];

const TERMS = [
  { key: "uptime", label: "Uptime", input: (c: Candidate) => formatPercent(c.inputs?.uptime) },
  { key: "throughput", label: "Throughput", input: (c: Candidate) => formatTokensPerSecond(c.inputs?.tokensPerSecond) },
  { key: "price", label: "Price", input: (c: Candidate) => formatPricePerMillion(c.inputs?.pricePerToken) },
  { key: "latency", label: "Latency", input: (c: Candidate) => `${formatMs(c.inputs?.ttftMs)}${c.inputs?.ttftMs != null ? " TTFT" : ""}` },
] as const;

/** "Why this provider": the reason, every candidate with its score and the metrics behind it, and each attempt. */
export function RoutingDecision({ entry }: { entry: RequestLogDetailData }) {
  const decision = entry.routing;
  if (!decision) {
    return (
      <DetailSection title="Why this provider">
        {entry.cacheStatus === "hit" ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-300">Answered from the response cache: no provider was chosen or called.</p>
        ) : entry.unreadableRouting !== null ? (
          <pre className="overflow-x-auto rounded-md bg-zinc-100 p-3 font-mono text-xs dark:bg-zinc-800">{JSON.stringify(entry.unreadableRouting, null, 2)}</pre>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-300">No routing decision was recorded for this request (it failed before a provider was chosen).</p>
        )}
      </DetailSection>
    );
  }
  const reason = describeRouteReason(decision);
  const winner = winnerIndex(decision.candidates, decision.winner, decision.attempts);
  // Pinned and single-candidate routes are not scored: their table is just the providers.
  const scored = decision.candidates.some((candidate) => candidate.score !== undefined);
  return (
    <DetailSection title="Why this provider">
      <div className="rounded-lg border border-brand-500/30 bg-brand-50 px-4 py-3 text-sm dark:bg-brand-500/10">
        <p className="font-medium text-brand-700 dark:text-brand-100" data-testid="route-reason">{reason.title}</p>
        {reason.detail ? <p className="mt-0.5 text-zinc-600 dark:text-zinc-300">{reason.detail}</p> : null}
        {decision.models.length > 1 ? <p className="mt-1 text-zinc-600 dark:text-zinc-300">Models in order: <span className="font-mono text-xs">{decision.models.join(" → ")}</span></p> : null}
      </div>
      {decision.configProblem ? (
        <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">
          The project&apos;s routing rules were ignored: {decision.configProblem}
        </p>
      ) : null}

      <div className="mt-4 overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Candidate providers with their scores</caption>
          <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
            <tr>
              <th className="px-3 py-2 font-medium">Provider</th>
              {scored ? <th className="px-3 py-2 text-right font-medium">Score</th> : null}
              {scored ? TERMS.map((term) => <th key={term.key} className="px-3 py-2 text-right font-medium">{term.label}</th>) : null}
            </tr>
          </thead>
          <tbody>
            {decision.candidates.map((candidate, index) => (
              <tr
                key={`${candidate.provider}-${candidate.credentialSource}-${index}`}
                data-testid="route-candidate"
                aria-current={index === winner ? "true" : undefined}
                className={cn("border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800", index === winner && "bg-emerald-50 dark:bg-emerald-500/10")}
              >
                <td className="px-3 py-2">
                  <span className="font-medium">{candidate.provider}</span>
                  {index === winner ? <span className="ml-2 rounded-full bg-emerald-600 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-white">Chosen</span> : null}
                  <span className="block font-mono text-xs text-zinc-500">{candidate.providerModel}</span>
                  <span className="block text-xs text-zinc-500">
                    {credentialLabel(candidate.credentialSource)}
                    {candidate.inputs ? ` · ${candidate.inputs.samples} ${candidate.inputs.samples === 1 ? "sample" : "samples"}` : ""}
                  </span>
                </td>
                {scored ? <td className="px-3 py-2 text-right font-mono text-xs font-semibold">{formatScore(candidate.score)}</td> : null}
                {scored && TERMS.map((term) => (
                  <td key={term.key} className="px-3 py-2 text-right font-mono text-xs">
                    {formatScore(candidate.terms?.[term.key])}
                    <span className="block whitespace-nowrap text-zinc-500">{candidate.inputs ? term.input(candidate) : ""}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {scored ? <p className="mt-1 text-xs text-zinc-500">Score = 0.5·uptime + 0.2·throughput + 0.2·price + 0.1·latency, each term relative to the best candidate (1.00 = best). Price is input + output per million tokens.</p> : null}

      <h4 className="mt-4 mb-2 text-sm font-medium">Attempts</h4>
      {decision.attempts.length === 0 ? (
        <p className="text-sm text-zinc-500">No provider was called.</p>
      ) : (
        <ol className="space-y-1.5 text-sm" data-testid="route-attempts">
          {decision.attempts.map((attempt, index) => (
            <li key={index} className="flex flex-wrap items-center gap-2">
              <span className="w-5 text-right text-zinc-500">{index + 1}.</span>
              <span className="font-medium">{attempt.provider}</span>
              <span className="font-mono text-xs text-zinc-500">{attempt.model}</span>
              <span className="text-xs text-zinc-500">{credentialLabel(attempt.credentialSource)}</span>
              <StatusBadge status={attempt.status} />
              <span className="text-xs text-zinc-500">{formatDuration(Math.round(attempt.durationMs))}</span>
              {attempt.error ? <span className="text-xs text-red-600 dark:text-red-400">{attempt.error}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </DetailSection>
  );
}
