import type { ReactNode } from "react";

export function SettingsSection({ id, title, description, children }: { id?: string; title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={id ? `${id}-title` : undefined} className="scroll-mt-6 rounded-xl border border-zinc-200 bg-white p-6 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id={id ? `${id}-title` : undefined} className="font-medium">{title}</h2>
      <div className="mt-1 space-y-2 text-sm text-zinc-500">{description}</div>
      <div className="mt-4">{children}</div>
    </section>
  );
}
