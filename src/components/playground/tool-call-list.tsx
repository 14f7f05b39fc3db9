import type { ToolCallView } from "./answer-state";

/** Arguments arrive as a JSON string (possibly cut short by a stopped stream): pretty when it parses, raw when not. */
function prettyArguments(text: string): string {
  if (text.trim() === "") return "{}";
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function ToolCallList({ calls }: { calls: ToolCallView[] }) {
  return (
    <ul className="space-y-2" aria-label="Tool calls">
      {calls.map((call, index) => (
        <li key={call.id || index} data-testid="tool-call" className="rounded-lg border border-amber-200 bg-amber-50/60 dark:border-amber-500/30 dark:bg-amber-500/10">
          <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-amber-200 px-3 py-1.5 dark:border-amber-500/30">
            <span className="text-sm">
              <span className="text-xs uppercase tracking-wide text-amber-800 dark:text-amber-200">Tool call</span>{" "}
              <span className="font-mono font-semibold">{call.name || "(unnamed)"}</span>
            </span>
            {call.id ? <span className="font-mono text-[11px] text-zinc-500">{call.id}</span> : null}
          </div>
          <pre className="overflow-x-auto px-3 py-2 font-mono text-xs leading-5">{prettyArguments(call.arguments)}</pre>
        </li>
      ))}
    </ul>
  );
}
