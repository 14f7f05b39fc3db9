"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { centsToNano, formatUsd } from "@/lib/money/usd-nano";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { BillingSection } from "./billing-section";

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const STATUS: Record<string, { label: string; style: string }> = {
  pending: { label: "Pending", style: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300" },
  succeeded: { label: "Paid", style: "bg-emerald-50 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300" },
  failed: { label: "Failed", style: "bg-red-50 text-red-700 dark:bg-red-500/10 dark:text-red-300" },
  canceled: { label: "Canceled", style: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400" },
};

/** Card payments for credits with Stripe's receipts; failed auto top-ups show why. */
export function PaymentsTable({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const payments = useInfiniteQuery(trpc.billing.payments.infiniteQueryOptions({ organizationId, limit: 10 }, { getNextPageParam: (page) => page.nextCursor }));
  const items = payments.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <BillingSection title="Payments and receipts">
      {payments.isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading payments…</p>
      ) : !payments.data ? (
        <p role="alert" className="text-sm text-red-600">{errorMessage(payments.error)}</p>
      ) : items.length === 0 ? (
        <p className="text-sm text-zinc-500">No payments yet.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
          {items.map((payment) => {
            const status = STATUS[payment.status] ?? STATUS.pending!;
            return (
              <li key={payment.id} data-testid="payment-row" className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {payment.kind === "auto_top_up" ? "Auto top-up" : "Top-up"}: {formatUsd(payment.amountNano)} credits
                    <span className="font-normal text-zinc-500"> · {formatUsd(centsToNano(payment.totalCents))} charged incl. {formatUsd(payment.feeNano)} fee</span>
                  </p>
                  <p className="text-xs text-zinc-500">
                    {dateTimeFormat.format(payment.createdAt)}
                    {payment.refundedCents > 0 ? ` · ${formatUsd(centsToNano(payment.refundedCents))} refunded` : ""}
                  </p>
                  {payment.status === "failed" && payment.failureMessage ? <p className="text-xs text-red-600">{payment.failureMessage}</p> : null}
                </div>
                <div className="flex items-center gap-3">
                  <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", status.style)}>{status.label}</span>
                  {payment.receiptUrl ? (
                    <a href={payment.receiptUrl} target="_blank" rel="noreferrer" className="text-xs font-medium text-brand-600 hover:underline">
                      Receipt
                    </a>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {payments.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" onClick={() => payments.fetchNextPage()} disabled={payments.isFetchingNextPage}>
            {payments.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </BillingSection>
  );
}
