import type { ReactNode } from "react";

export interface FaqEntry {
  question: string;
  answer: ReactNode;
}

/** Native <details>: opens with Enter or Space and works before (and without) JavaScript. */
export function Faq({ entries }: { entries: readonly FaqEntry[] }) {
  return (
    <div className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {entries.map((entry) => (
        <details key={entry.question} className="group px-5 py-4">
          <summary className="flex cursor-pointer list-none items-center justify-between gap-4 font-medium [&::-webkit-details-marker]:hidden">
            {entry.question}
            <span aria-hidden="true" className="text-zinc-400 transition-transform group-open:rotate-45">
              +
            </span>
          </summary>
          <div className="mt-3 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{entry.answer}</div>
        </details>
      ))}
    </div>
  );
}
