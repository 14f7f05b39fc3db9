import { answerCostUsd, formatMs, formatUsd } from "./answer-cost";
import type { AnswerState } from "./answer-state";

const integer = new Intl.NumberFormat("en-US");

/** Tokens, cost, latency, time to first token and who served the answer. */
export function AnswerStats({ answer }: { answer: AnswerState }) {
  const cacheHit = answer.cacheStatus === "HIT";
  const cost = answerCostUsd({ model: answer.model, provider: answer.provider, usage: answer.usage, cacheHit });
  const usage = answer.usage;
  const stats: Array<{ label: string; value: string; title?: string; testId?: string }> = [
    {
      label: "Tokens in / out",
      value: usage ? `${integer.format(usage.promptTokens)} / ${integer.format(usage.completionTokens)}` : "—",
      title: usage ? `cached ${usage.cachedTokens} · cache write ${usage.cacheWriteTokens} · reasoning ${usage.reasoningTokens}` : "The provider reported no usage; the request log holds an estimate.",
    },
    {
      label: "Cost",
      value: cost === null ? "—" : formatUsd(cost),
      title: cost === null ? "Not known here: see the request log." : cacheHit ? "Answered from the response cache: no cost." : `$${cost} exactly`,
      testId: "answer-cost",
    },
    { label: "Latency", value: formatMs(answer.latencyMs) },
    { label: "First token", value: formatMs(answer.ttftMs) },
    {
      label: "Provider",
      value: answer.provider ? `${answer.provider}${cacheHit ? " (cache)" : ""}` : "—",
      title: answer.providerModel ? `${answer.provider}/${answer.providerModel}` : undefined,
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 border-t border-zinc-200 pt-3 text-xs sm:grid-cols-3 dark:border-zinc-800">
      {stats.map((stat) => (
        <div key={stat.label} className="min-w-0">
          <dt className="text-zinc-500">{stat.label}</dt>
          <dd className="truncate font-mono" title={stat.title} data-testid={stat.testId}>
            {stat.value}
          </dd>
        </div>
      ))}
      {answer.requestId ? (
        <div className="col-span-2 min-w-0 sm:col-span-3">
          <dt className="text-zinc-500">Request id (in the request log)</dt>
          <dd className="truncate font-mono" title={answer.requestId}>
            {answer.requestId}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
