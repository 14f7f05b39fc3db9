"use client";

import { useQuery } from "@tanstack/react-query";
import { AdminRoleRequired } from "@/components/dashboard/admin-role-required";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { formatUsd } from "@/lib/money/usd-nano";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { AutoTopUpSettings } from "./auto-top-up-settings";
import { Notice } from "./billing-section";
import { CheckoutReturn } from "./checkout-return";
import { LedgerTable } from "./ledger-table";
import { PaymentsTable } from "./payments-table";
import { TopUpForm } from "./top-up-form";
import { UsageSummary } from "./usage-summary";

export function BillingPage() {
  const { organization } = useCurrentProject();
  const description = `Credits of ${organization.name}: they pay for requests made with platform provider keys.`;
  if (organization.role === "developer") {
    return (
      <>
        <PageHeader title="Billing" description={description} />
        <AdminRoleRequired organizationName={organization.name}>Billing (credits, payments and cards) is open to owners and admins only.</AdminRoleRequired>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Billing" description={description} />
      <BillingDashboard organizationId={organization.id} />
    </>
  );
}

function BillingDashboard({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const overview = useQuery(trpc.billing.overview.queryOptions({ organizationId }));
  if (overview.isPending) return <p role="status" className="text-sm text-zinc-500">Loading billing…</p>;
  if (overview.error) return <p role="alert" className="text-sm text-red-600">{errorMessage(overview.error)}</p>;
  const data = overview.data;
  return (
    <div className="max-w-5xl space-y-6">
      {data.billingEnabled ? <CheckoutReturn organizationId={organizationId} /> : null}
      <section aria-label="Balance" className="grid gap-4 sm:grid-cols-3">
        <Figure label="Balance" value={formatUsd(data.balanceNano)} testId="credit-balance" />
        <Figure label="Held by requests in flight" value={formatUsd(data.reservedNano)} />
        <Figure label="Available" value={formatUsd(data.availableNano)} />
      </section>
      {data.billingEnabled ? (
        <>
          <TopUpForm organizationId={organizationId} feePercent={data.pricing.feePercent} />
          <AutoTopUpSettings organizationId={organizationId} card={data.card} autoTopUp={data.autoTopUp} />
        </>
      ) : (
        <Notice>
          Billing is off on this server (no Stripe keys are configured), so credits cannot be bought here. The operator grants them with{" "}
          <code className="font-mono text-xs">npm run admin -- grant --org {organizationId} --amount 25.00 --reason &quot;…&quot;</code>.
        </Notice>
      )}
      <UsageSummary organizationId={organizationId} />
      {data.billingEnabled ? <PaymentsTable organizationId={organizationId} /> : null}
      <LedgerTable organizationId={organizationId} />
    </div>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <p className="text-sm text-zinc-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </p>
    </div>
  );
}
