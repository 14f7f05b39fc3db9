import type { ReactNode } from "react";

export function StatCard({ label, value, detail, title, testId }: { label: string; value: ReactNode; detail?: ReactNode; title?: string; testId?: string }) {
  return (
    <div className="min-w-0 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid={testId}>
      <p className="truncate text-xs font-medium uppercase tracking-wide text-zinc-500">{label}</p>
      <p className="mt-1 truncate text-2xl font-semibold tabular-nums" title={title}>
        {value}
      </p>
      {detail ? <p className="mt-1 truncate text-xs text-zinc-500">{detail}</p> : null}
    </div>
  );
}

export function StatCardSkeleton() {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" aria-hidden="true">
      <div className="h-3 w-20 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="mt-3 h-7 w-24 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="mt-2 h-3 w-28 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/60" />
    </div>
  );
}
