import type { ReactNode } from "react";

export type DetailItem = { label: string; value: ReactNode; mono?: boolean };

/** A titled block of label/value pairs in the request-log detail panel. */
export function DetailSection({ title, items, children }: { title: string; items?: DetailItem[]; children?: ReactNode }) {
  return (
    <section>
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</h3>
      {items ? (
        <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm">
          {items.map((item) => (
            <div key={item.label} className="contents">
              <dt className="text-zinc-500">{item.label}</dt>
              <dd className={item.mono ? "min-w-0 break-all font-mono text-xs leading-5" : "min-w-0 break-words"}>{item.value ?? "—"}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
    </section>
  );
}
