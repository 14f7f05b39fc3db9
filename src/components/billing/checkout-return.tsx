"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { formatUsd } from "@/lib/money/usd-nano";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { Notice } from "./billing-section";

// Stripe waits at most a few seconds to send the webhook; stop polling after a minute and say what to expect.
const POLL_MS = 2000;
const GIVE_UP_MS = 60_000;

/** What Stripe's return to /dashboard/billing?checkout=…|setup=…&session_id=… means for the customer. */
export function CheckoutReturn({ organizationId }: { organizationId: string }) {
  const params = useSearchParams();
  const sessionId = params.get("session_id");
  const checkout = params.get("checkout");
  const setup = params.get("setup");
  if (checkout === "success" && sessionId) return <TopUpProgress organizationId={organizationId} sessionId={sessionId} />;
  if (setup === "success" && sessionId) return <CardSetupProgress organizationId={organizationId} sessionId={sessionId} />;
  if (checkout === "canceled") return <Notice>Checkout was canceled: nothing was charged.</Notice>;
  if (setup === "canceled") return <Notice>No card was saved.</Notice>;
  return null;
}

function TopUpProgress({ organizationId, sessionId }: { organizationId: string; sessionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const startedAt = useRef(Date.now());
  const status = useQuery({
    ...trpc.billing.topUpStatus.queryOptions({ organizationId, sessionId }),
    refetchInterval: (query) => (query.state.data?.status === "pending" && Date.now() - startedAt.current < GIVE_UP_MS ? POLL_MS : false),
  });
  const credited = status.data?.status === "succeeded";
  useEffect(() => {
    if (!credited) return;
    void queryClient.invalidateQueries(trpc.billing.pathFilter());
  }, [credited, queryClient, trpc]);

  if (status.error) return <Notice tone="error">{errorMessage(status.error)}</Notice>;
  if (!status.data || status.data.status === "pending") {
    const waitedTooLong = Date.now() - startedAt.current >= GIVE_UP_MS;
    return (
      <Notice tone={waitedTooLong ? "warning" : "info"}>
        <span data-testid="top-up-status">
          {waitedTooLong
            ? "Stripe has not confirmed the payment yet. Your credits appear as soon as it does; you can leave this page."
            : "Payment received. Waiting for Stripe to confirm it… (pending)"}
        </span>
      </Notice>
    );
  }
  if (credited) {
    return (
      <Notice tone="success">
        <span data-testid="top-up-status">{formatUsd(status.data.amountNano)} was credited to your balance.</span>{" "}
        {status.data.receiptUrl ? (
          <a href={status.data.receiptUrl} target="_blank" rel="noreferrer" className="font-medium underline">
            Receipt
          </a>
        ) : null}
      </Notice>
    );
  }
  return (
    <Notice tone="error">
      <span data-testid="top-up-status">
        {status.data.status === "failed" ? `The payment failed: ${status.data.failureMessage ?? "declined"}` : "The checkout expired: nothing was charged."}
      </span>
    </Notice>
  );
}

function CardSetupProgress({ organizationId, sessionId }: { organizationId: string; sessionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const complete = useMutation(
    trpc.billing.completeCardSetup.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.billing.overview.queryFilter({ organizationId })) }),
  );
  const sent = useRef(false);
  useEffect(() => {
    // Once per visit: React runs effects twice in development.
    if (sent.current) return;
    sent.current = true;
    complete.mutate({ organizationId, sessionId });
  }, [complete, organizationId, sessionId]);

  if (complete.error) return <Notice tone="error">{errorMessage(complete.error)}</Notice>;
  if (!complete.data) return <Notice>Saving your card…</Notice>;
  return complete.data.saved ? <Notice tone="success">Your card is saved. Turn on auto top-up below.</Notice> : <Notice>Stripe is still saving your card; it appears here shortly.</Notice>;
}
