"use client";

import { useQuery } from "@tanstack/react-query";
import { formatUsdPrecise } from "@/lib/money/usd-nano";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { BillingSection } from "./billing-section";

const monthFormat = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });
const dayFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

/** This month's spend paid with credits (platform keys), by day and by model. */
export function UsageSummary({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const usage = useQuery(trpc.billing.usage.queryOptions({ organizationId }));
  if (usage.isPending) return <BillingSection title="Usage this month"><p role="status" className="text-sm text-zinc-500">Loading usage…</p></BillingSection>;
  if (usage.error) return <BillingSection title="Usage this month"><p role="alert" className="text-sm text-red-600">{errorMessage(usage.error)}</p></BillingSection>;
  const data = usage.data;
  const largestDay = data.days.reduce((max, day) => (day.costNano > max ? day.costNano : max), 0n);
  return (
    <BillingSection
      title={`Usage in ${monthFormat.format(data.monthStart)}`}
      description={`${data.totalRequests.toLocaleString()} requests paid with credits, ${formatUsdPrecise(data.totalNano)} in total (UTC days).`}
    >
      {data.totalRequests === 0 ? (
        <p className="text-sm text-zinc-500">No requests paid with credits this month.</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-sm font-medium">By day</h3>
            <ul className="space-y-1 text-sm">
              {data.days.map((day) => (
                <li key={day.day} className="grid grid-cols-[4.5rem_1fr_auto] items-center gap-3">
                  <span className="text-zinc-500">{dayFormat.format(new Date(`${day.day}T00:00:00Z`))}</span>
                  <span className="h-2 rounded bg-brand-500/70" style={{ width: `${largestDay > 0n ? Number((day.costNano * 100n) / largestDay) : 0}%` }} aria-hidden />
                  <span className="tabular-nums">{formatUsdPrecise(day.costNano)}</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="mb-2 text-sm font-medium">By model</h3>
            <table className="w-full text-sm">
              <tbody>
                {data.models.map((model) => (
                  <tr key={model.model} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                    <td className="py-1 pr-3 font-mono text-xs">{model.model}</td>
                    <td className="py-1 pr-3 text-right text-zinc-500 tabular-nums">{model.requests.toLocaleString()}</td>
                    <td className="py-1 text-right tabular-nums">{formatUsdPrecise(model.costNano)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </BillingSection>
  );
}
