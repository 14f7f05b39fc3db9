"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { nanoToUsd } from "@/lib/money/usd-nano";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";
import type { AppRouter } from "@/server/api/root";
import type { inferRouterOutputs } from "@trpc/server";
import { BillingSection, Notice } from "./billing-section";

type Overview = inferRouterOutputs<AppRouter>["billing"]["overview"];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const TRIGGER_MESSAGES: Record<string, string> = {
  credited: "Your balance was below the threshold, so the card was charged and the credits added.",
  processing: "Your balance was below the threshold: a top-up is being processed.",
};

export function AutoTopUpSettings({ organizationId, card, autoTopUp }: { organizationId: string; card: Overview["card"]; autoTopUp: Overview["autoTopUp"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.billing.pathFilter());
  const [enabled, setEnabled] = useState(autoTopUp.enabled);
  const [threshold, setThreshold] = useState(autoTopUp.thresholdNano > 0n ? nanoToUsd(autoTopUp.thresholdNano) : "5");
  const [amount, setAmount] = useState(autoTopUp.amountNano > 0n ? nanoToUsd(autoTopUp.amountNano) : "25");
  const save = useMutation(trpc.billing.updateAutoTopUp.mutationOptions({ onSuccess: refresh }));
  const setupCard = useMutation(trpc.billing.createCardSetup.mutationOptions({ onSuccess: (result) => window.location.assign(result.url) }));
  const removeCard = useMutation(trpc.billing.removeCard.mutationOptions({ onSuccess: () => (setEnabled(false), refresh()) }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ organizationId, enabled, thresholdUsd: threshold.trim(), amountUsd: amount.trim() });
  }

  const errors = fieldErrors(save.error);
  const trigger = save.data?.trigger;
  const cardActions = (
    <div className="flex gap-2">
      <Button variant="secondary" onClick={() => setupCard.mutate({ organizationId, origin: window.location.origin })} disabled={setupCard.isPending}>
        {setupCard.isPending ? "Opening Stripe…" : card ? "Replace card" : "Save a card"}
      </Button>
      {card ? (
        <Button variant="ghost" onClick={() => removeCard.mutate({ organizationId })} disabled={removeCard.isPending}>
          Remove card
        </Button>
      ) : null}
    </div>
  );
  return (
    <BillingSection title="Auto top-up" description="Charge the saved card automatically when the balance falls below a threshold." action={cardActions}>
      <div className="space-y-4">
        <p className="text-sm" data-testid="saved-card">
          {card ? (
            <>
              <span className="font-medium capitalize">{card.brand ?? "Card"}</span> •••• {card.last4}
              {card.expMonth && card.expYear ? <span className="text-zinc-500"> (expires {String(card.expMonth).padStart(2, "0")}/{card.expYear})</span> : null}
            </>
          ) : (
            <span className="text-zinc-500">No card saved. Save one with Stripe to turn on auto top-up.</span>
          )}
        </p>
        {setupCard.error || removeCard.error ? <Notice tone="error">{errorMessage(setupCard.error ?? removeCard.error)}</Notice> : null}
        {autoTopUp.pausedAt ? (
          <Notice tone="warning">
            Auto top-up is paused after {autoTopUp.failures} failed payments in a row (since {dateFormat.format(autoTopUp.pausedAt)}). Last error:{" "}
            {autoTopUp.lastError ?? "unknown"}. Save another card or turn it on again to retry.
          </Notice>
        ) : autoTopUp.lastError ? (
          <Notice tone="warning">
            The last auto top-up failed ({autoTopUp.failures} of {autoTopUp.maxFailures} before it pauses): {autoTopUp.lastError}
          </Notice>
        ) : null}
        {autoTopUp.inProgress ? <Notice>An auto top-up payment is in progress.</Notice> : null}
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={enabled} disabled={!card && !enabled} onChange={(event) => (setEnabled(event.target.checked), save.reset())} />
            Top up automatically
          </label>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="auto-threshold" label="When the balance is below (USD)" inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} error={errors.thresholdUsd?.[0]} />
            <Field id="auto-amount" label="Add this many credits (USD)" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} error={errors.amountUsd?.[0]} hint="Plus the 5% platform fee, charged to the card." />
          </div>
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save auto top-up"}
            </Button>
            <p aria-live="polite" className="text-sm">
              {save.isSuccess ? <span className="text-emerald-700 dark:text-emerald-300">Saved.</span> : null}
              {save.error && Object.keys(errors).length === 0 ? <span role="alert" className="text-red-600">{errorMessage(save.error)}</span> : null}
            </p>
          </div>
          {trigger?.started ? (
            <Notice tone={trigger.outcome === "failed" ? "error" : "success"}>{trigger.outcome === "failed" ? `The card was declined: ${trigger.message ?? ""}` : TRIGGER_MESSAGES[trigger.outcome]}</Notice>
          ) : null}
        </form>
      </div>
    </BillingSection>
  );
}
