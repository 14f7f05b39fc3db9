"use client";

import { Fragment, useEffect, useMemo, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CAPABILITY_KEYS } from "./catalog-labels";
import { EMPTY_FILTER, filterFromSearch, filterToSearch, isEmptyFilter, matchesFilter, type FilterableModel, type ModelFilter } from "./model-filter";
import { ModelsFilterForm } from "./models-filter-form";

/** Must stay in step with the cells of ModelRow, including which ones a phone hides. */
const COLUMNS = [
  { label: "Model", className: "sticky left-0 bg-zinc-50 pl-4 text-left dark:bg-zinc-900" },
  { label: "Vendor", className: "hidden text-left md:table-cell" },
  { label: "Kind", className: "hidden text-left md:table-cell" },
  { label: "Input / 1M", className: "text-right" },
  { label: "Output / 1M", className: "text-right" },
  { label: "Context", className: "text-right" },
  { label: "Capabilities", className: "text-left" },
  { label: "Providers", className: "hidden text-right md:table-cell" },
];

export interface ExplorerRow extends FilterableModel {
  /** The row as the server rendered it; the browser only decides whether to show it. */
  readonly row: ReactNode;
}

/**
 * The models table with search and filters. The first render shows every row, so the server HTML holds the
 * whole catalog for search engines and for browsers without JavaScript; filtering only hides rows.
 */
export function ModelsExplorer({ rows, providers }: { rows: readonly ExplorerRow[]; providers: ReadonlyArray<{ id: string; name: string }> }) {
  const [filter, setFilter] = useState<ModelFilter>(EMPTY_FILTER);
  const [interactive, setInteractive] = useState(false);

  // A shared link (/models?capability=vision) opens filtered. Read after hydration so the first render matches the server's.
  useEffect(() => {
    setFilter(filterFromSearch(window.location.search, CAPABILITY_KEYS));
    setInteractive(true);
  }, []);

  function update(next: ModelFilter) {
    setFilter(next);
    window.history.replaceState(null, "", `${window.location.pathname}${filterToSearch(next)}`);
  }

  const visible = useMemo(() => rows.filter((row) => matchesFilter(row, filter)), [rows, filter]);

  return (
    // data-interactive tells tests (and nothing else) that the filters now respond.
    <div data-interactive={interactive}>
      <ModelsFilterForm filter={filter} providers={providers} onChange={update} />
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" role="status" aria-live="polite" data-testid="models-count">
        {`Showing ${visible.length} of ${rows.length} models`}
      </p>
      <div className="mt-3 overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full min-w-[38rem] md:min-w-[56rem] text-sm">
          <caption className="sr-only">Models with their cheapest price per million tokens, context size and capabilities</caption>
          <thead className="bg-zinc-50 text-xs text-zinc-500 uppercase dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.label} scope="col" className={`py-2.5 pr-4 font-medium ${column.className}`}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <Fragment key={row.id}>{row.row}</Fragment>
            ))}
          </tbody>
        </table>
        {visible.length === 0 ? (
          <div className="border-t border-zinc-200 px-4 py-10 text-center dark:border-zinc-800">
            <p className="font-medium">No model matches these filters.</p>
            <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">Try fewer capabilities or another provider.</p>
          </div>
        ) : null}
      </div>
      {!isEmptyFilter(filter) ? (
        <Button variant="secondary" className="mt-4" onClick={() => update(EMPTY_FILTER)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
