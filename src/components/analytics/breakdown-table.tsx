import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { formatCount, formatMs, formatPercent, formatUsd } from "./format-analytics";

type BreakdownRow = inferRouterOutputs<AppRouter>["analytics"]["breakdown"]["rows"][number];

const COLUMNS = ["Requests", "Cost", "Share of cost", "Tokens in / out", "Errors", "Cache hits", "p95 latency"];

export function BreakdownTable({ rows, nameHeader, totalCost }: { rows: BreakdownRow[]; nameHeader: string; totalCost: number }) {
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
          <tr>
            <th className="px-4 py-2 font-medium sm:pl-0">{nameHeader}</th>
            {COLUMNS.map((column) => (
              <th key={column} className="whitespace-nowrap px-3 py-2 text-right font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const share = totalCost > 0 ? Number(row.cost) / totalCost : 0;
            return (
              <tr key={row.key} data-testid="breakdown-row" className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                <td className="max-w-64 truncate px-4 py-2 font-mono text-xs sm:pl-0" title={row.label}>
                  {row.label}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(row.requests)}</td>
                <td className="px-3 py-2 text-right tabular-nums" title={`$${row.cost}`}>
                  {formatUsd(row.cost)}
                </td>
                <td className="px-3 py-2">
                  <div className="ml-auto flex w-28 items-center gap-2">
                    <span className="h-1.5 flex-1 overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800">
                      <span className="block h-full rounded bg-brand-500" style={{ width: `${Math.round(share * 100)}%` }} />
                    </span>
                    <span className="w-10 text-right text-xs tabular-nums text-zinc-500">{formatPercent(share)}</span>
                  </div>
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-zinc-600 dark:text-zinc-300">
                  {formatCount(row.promptTokens)} / {formatCount(row.completionTokens)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{row.errors > 0 ? formatPercent(row.errorRate) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.cacheHits > 0 ? formatPercent(row.cacheHitRate) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMs(row.latencyP95Ms)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
