import Link from "next/link";
import { cn } from "@/lib/cn";
import { AnswerStats } from "./answer-stats";
import type { AnswerError, AnswerState } from "./answer-state";
import { findModelOption } from "./model-options";
import { ToolCallList } from "./tool-call-list";

const STATUS: Record<AnswerState["status"], { label: string; tone: string }> = {
  waiting: { label: "Waiting for the first token…", tone: "text-zinc-500" },
  streaming: { label: "Streaming…", tone: "text-brand-600 dark:text-brand-100" },
  done: { label: "Done", tone: "text-emerald-700 dark:text-emerald-300" },
  stopped: { label: "Stopped", tone: "text-amber-700 dark:text-amber-300" },
  error: { label: "Failed", tone: "text-red-600 dark:text-red-400" },
};

const FINISH_NOTES: Record<string, string> = {
  length: "cut off at max tokens",
  tool_calls: "wants to call a tool",
  content_filter: "stopped by the provider's content filter",
};

/** One model's answer: the text as it streams, tool calls, then tokens, cost and timing. */
export function AnswerPanel({ answer, onContinue }: { answer: AnswerState; onContinue?: () => void }) {
  const name = findModelOption(answer.model)?.name ?? answer.model;
  const status = STATUS[answer.status];
  const finishNote = answer.status === "done" && answer.finishReason ? FINISH_NOTES[answer.finishReason] : undefined;
  const live = answer.status === "waiting" || answer.status === "streaming";
  const empty = answer.text === "" && answer.toolCalls.length === 0;
  return (
    <section aria-label={`Answer from ${name}`} data-testid="answer-panel" className="flex min-w-0 flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="min-w-0 truncate font-medium" title={answer.model}>
          {name}
        </h3>
        <p className={cn("text-xs font-medium", status.tone)} role="status" data-testid="answer-status">
          {status.label}
          {finishNote ? ` · ${finishNote}` : null}
        </p>
      </header>
      {answer.reasoning ? (
        <details className="rounded-md bg-zinc-50 px-3 py-2 text-sm dark:bg-zinc-800/50">
          <summary className="cursor-pointer text-xs font-medium text-zinc-500">Reasoning</summary>
          <p className="mt-2 whitespace-pre-wrap break-words text-zinc-600 dark:text-zinc-300">{answer.reasoning}</p>
        </details>
      ) : null}
      {/* No empty text box under a failure, a stop or a pure tool call: only their own notices. */}
      {answer.text === "" && !live && !(empty && answer.status === "done") ? null : (
        <div data-testid="answer-text" className="min-h-12 whitespace-pre-wrap break-words text-sm leading-6">
          {answer.text}
          {live ? <span aria-hidden="true" className="ml-0.5 inline-block h-4 w-1.5 animate-pulse bg-zinc-400 align-text-bottom" /> : null}
          {empty && answer.status === "done" ? <span className="text-zinc-500">(The model returned no text.)</span> : null}
        </div>
      )}
      {answer.toolCalls.length > 0 ? <ToolCallList calls={answer.toolCalls} /> : null}
      {answer.error ? <AnswerErrorNotice error={answer.error} /> : null}
      {answer.status !== "waiting" ? <AnswerStats answer={answer} /> : null}
      {onContinue && answer.status === "done" && answer.text !== "" ? (
        <button type="button" onClick={onContinue} className="self-start rounded text-xs font-medium text-brand-600 hover:underline dark:text-brand-100">
          Continue the conversation with this answer
        </button>
      ) : null}
    </section>
  );
}

function AnswerErrorNotice({ error }: { error: AnswerError }) {
  const fix =
    error.code === "insufficient_credits" ? (
      <Link href="/dashboard/billing" className="underline">Add credits under Billing</Link>
    ) : error.code === "provider_not_configured" ? (
      <Link href="/dashboard/provider-keys" className="underline">Add a provider key</Link>
    ) : null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
      <p className="font-mono text-xs">{[error.status ? `HTTP ${error.status}` : null, error.code].filter(Boolean).join(" · ") || "Error"}</p>
      <p className="mt-1 break-words">{error.message}</p>
      {fix ? <p className="mt-1">{fix}</p> : null}
    </div>
  );
}
