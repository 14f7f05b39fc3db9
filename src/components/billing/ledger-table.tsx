"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { formatUsd, formatUsdPrecise } from "@/lib/money/usd-nano";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { BillingSection } from "./billing-section";

const KINDS = [
  { value: "", label: "All kinds" },
  { value: "top_up", label: "Top-ups" },
  { value: "usage", label: "Usage" },
  { value: "refund", label: "Refunds" },
  { value: "grant", label: "Grants" },
  { value: "adjustment", label: "Adjustments" },
  { value: "platform_fee", label: "Platform fees" },
] as const;
type KindFilter = (typeof KINDS)[number]["value"];

const KIND_LABELS: Record<string, string> = Object.fromEntries(KINDS.filter((kind) => kind.value).map((kind) => [kind.value, kind.label.replace(/s$/, "")]));
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A date input's value (the user's local day) as the instant that day starts, or the next day's start. */
function dayStart(value: string, plusDays = 0): Date | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function LedgerTable({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const [kind, setKind] = useState<KindFilter>("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const ledger = useInfiniteQuery(
    trpc.billing.ledger.infiniteQueryOptions(
      { organizationId, limit: 25, kind: kind || undefined, from: dayStart(from), to: dayStart(to, 1) },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const entries = ledger.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <BillingSection title="Transactions" description="Every change to the balance, newest first. Usage is charged per request, to the nano-dollar.">
      <div className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="space-y-1">
          <span className="block font-medium">Kind</span>
          <select className={inputClasses} value={kind} onChange={(event) => setKind(event.target.value as KindFilter)}>
            {KINDS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">From</span>
          <input type="date" className={inputClasses} value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">To</span>
          <input type="date" className={inputClasses} value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
      </div>
      {ledger.isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading transactions…</p>
      ) : !ledger.data ? (
        <p role="alert" className="text-sm text-red-600">{errorMessage(ledger.error)}</p>
      ) : entries.length === 0 ? (
        <p className="text-sm text-zinc-500">No transactions{kind || from || to ? " match these filters" : " yet"}.</p>
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
                <tr>
                  <th className="py-2 pr-4 font-medium">Time</th>
                  <th className="py-2 pr-4 font-medium">Kind</th>
                  <th className="py-2 pr-4 font-medium">Description</th>
                  <th className="py-2 pr-4 text-right font-medium">Amount</th>
                  <th className="py-2 text-right font-medium">Balance</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id} data-testid="ledger-row" className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                    <td className="whitespace-nowrap py-2 pr-4 text-zinc-500">{dateTimeFormat.format(entry.createdAt)}</td>
                    <td className="whitespace-nowrap py-2 pr-4">{KIND_LABELS[entry.kind] ?? entry.kind}</td>
                    <td className="py-2 pr-4">
                      {entry.description}
                      {entry.requestId ? <span className="block font-mono text-xs text-zinc-500">{entry.requestId}</span> : null}
                      {entry.receiptUrl ? (
                        <a href={entry.receiptUrl} target="_blank" rel="noreferrer" className="block text-xs font-medium text-brand-600 hover:underline">
                          Receipt
                        </a>
                      ) : null}
                    </td>
                    <td className={cn("whitespace-nowrap py-2 pr-4 text-right tabular-nums", entry.amountNano < 0n ? "text-zinc-700 dark:text-zinc-300" : "text-emerald-700 dark:text-emerald-300")}>
                      {entry.amountNano > 0n ? "+" : ""}
                      {entry.kind === "usage" ? formatUsdPrecise(entry.amountNano) : formatUsd(entry.amountNano)}
                    </td>
                    <td className="whitespace-nowrap py-2 text-right tabular-nums">{formatUsd(entry.balanceAfterNano)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-4 flex justify-center">
            {ledger.hasNextPage ? (
              <Button variant="secondary" onClick={() => ledger.fetchNextPage()} disabled={ledger.isFetchingNextPage}>
                {ledger.isFetchingNextPage ? "Loading…" : "Load more"}
              </Button>
            ) : (
              <p className="text-xs text-zinc-500">That is every transaction.</p>
            )}
          </div>
        </>
      )}
    </BillingSection>
  );
}
