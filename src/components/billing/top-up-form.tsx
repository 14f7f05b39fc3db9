"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { priceTopUp, topUpAmountProblem } from "@/lib/money/top-up-pricing";
import { formatUsd, usdToNano } from "@/lib/money/usd-nano";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";
import { BillingSection } from "./billing-section";

const PRESETS = ["10", "25", "50", "100"];

export function TopUpForm({ organizationId, feePercent }: { organizationId: string; feePercent: number }) {
  const trpc = useTRPC();
  const [amount, setAmount] = useState("25");
  const checkout = useMutation(trpc.billing.createTopUpCheckout.mutationOptions({ onSuccess: (result) => window.location.assign(result.url) }));
  const problem = topUpAmountProblem(amount);
  const pricing = problem ? null : priceTopUp(usdToNano(amount.trim()));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!problem) checkout.mutate({ organizationId, amountUsd: amount.trim(), origin: window.location.origin });
  }

  const serverError = fieldErrors(checkout.error).amountUsd?.[0];
  return (
    <BillingSection title="Add credits" description={`Pay with Stripe. A ${feePercent}% platform fee is added to the amount; your balance grows by the amount.`}>
      <form onSubmit={onSubmit} className="grid gap-6 md:grid-cols-2" noValidate>
        <div className="space-y-3">
          <Field
            id="top-up-amount"
            label="Amount in USD"
            inputMode="decimal"
            value={amount}
            onChange={(event) => (setAmount(event.target.value), checkout.reset())}
            error={amount && problem ? problem : serverError}
            hint="Between $5 and $10,000."
          />
          <div className="flex flex-wrap gap-2">
            {PRESETS.map((preset) => (
              <Button key={preset} variant="secondary" onClick={() => setAmount(preset)} aria-pressed={amount === preset}>
                ${preset}
              </Button>
            ))}
          </div>
        </div>
        <div className="space-y-3">
          <dl className="space-y-1 rounded-lg bg-zinc-50 p-4 text-sm tabular-nums dark:bg-zinc-800/60" aria-label="Price breakdown">
            <Line label="Credits" value={pricing ? formatUsd(pricing.amountNano) : "—"} />
            <Line label={`Platform fee (${feePercent}%)`} value={pricing ? formatUsd(pricing.feeNano) : "—"} />
            <div className="border-t border-zinc-200 pt-1 font-medium dark:border-zinc-700">
              <Line label="Total charged" value={pricing ? formatUsd(pricing.totalNano) : "—"} />
            </div>
          </dl>
          {checkout.error && !serverError ? <p role="alert" className="text-sm text-red-600">{errorMessage(checkout.error)}</p> : null}
          <Button type="submit" disabled={!pricing || checkout.isPending || checkout.isSuccess}>
            {checkout.isPending || checkout.isSuccess ? "Opening Stripe Checkout…" : pricing ? `Pay ${formatUsd(pricing.totalNano)}` : "Pay"}
          </Button>
        </div>
      </form>
    </BillingSection>
  );
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-zinc-600 dark:text-zinc-300">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
