import type { ReactNode } from "react";

// The building blocks of the docs pages. Plain elements styled from one wrapper, so a page reads like the
// Markdown it replaces.

const ARTICLE_STYLES = [
  "min-w-0 text-zinc-700 dark:text-zinc-300",
  "[&_p]:mt-4 [&_p]:leading-7",
  "[&_ul]:mt-4 [&_ul]:list-disc [&_ul]:space-y-1.5 [&_ul]:pl-6 [&_ol]:mt-4 [&_ol]:list-decimal [&_ol]:space-y-1.5 [&_ol]:pl-6",
  "[&_h3]:mt-8 [&_h3]:font-semibold [&_h3]:text-zinc-900 dark:[&_h3]:text-zinc-100",
  "[&_a]:font-medium [&_a]:text-brand-600 [&_a:hover]:underline dark:[&_a]:text-blue-400",
  "[&_strong]:font-semibold [&_strong]:text-zinc-900 dark:[&_strong]:text-zinc-100",
].join(" ");

export function DocsArticle({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <article className={ARTICLE_STYLES}>
      <h1 className="text-3xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-100">{title}</h1>
      {lead ? <div className="mt-3 text-lg text-zinc-600 dark:text-zinc-400">{lead}</div> : null}
      {children}
    </article>
  );
}

/** A section with a linkable heading (#id), so a support answer can point at the exact paragraph. */
export function DocSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-12 scroll-mt-24">
      <h2 id={id} className="group text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-100">
        {title}{" "}
        <a href={`#${id}`} className="!font-normal !text-zinc-400 opacity-0 group-hover:opacity-100 focus:opacity-100" aria-label={`Link to ${title}`}>
          #
        </a>
      </h2>
      {children}
    </section>
  );
}

export function C({ children }: { children: ReactNode }) {
  return <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.85em] break-words text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100">{children}</code>;
}

export function DocTable({ columns, rows, caption }: { columns: readonly string[]; rows: readonly (readonly ReactNode[])[]; caption?: string }) {
  return (
    <div className="mt-4 overflow-x-auto rounded-xl border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-zinc-50 text-left text-xs text-zinc-500 uppercase dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-2.5 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              {row.map((cell, cellIndex) => (
                <td key={cellIndex} className="min-w-32 px-4 py-2.5 leading-6">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Note({ children }: { children: ReactNode }) {
  return (
    <aside className="mt-6 rounded-xl border border-brand-100 bg-brand-50 px-4 py-3 text-sm leading-6 text-zinc-800 dark:border-brand-500/30 dark:bg-brand-500/10 dark:text-zinc-200 [&_p]:mt-0">
      {children}
    </aside>
  );
}
