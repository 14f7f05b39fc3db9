import type { ReactNode } from "react";

/** The heading block every marketing page starts with. */
export function PageIntro({ eyebrow, title, children }: { eyebrow?: string; title: string; children?: ReactNode }) {
  return (
    <div className="max-w-3xl">
      {eyebrow ? <p className="mb-2 text-sm font-medium text-brand-600 dark:text-blue-400">{eyebrow}</p> : null}
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{title}</h1>
      {children ? <div className="mt-4 text-lg text-zinc-600 dark:text-zinc-400">{children}</div> : null}
    </div>
  );
}
