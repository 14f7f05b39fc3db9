import type { Metadata } from "next";
import { Suspense } from "react";
import { BillingPage } from "@/components/billing/billing-page";

export const metadata: Metadata = { title: "Billing" };

export default function Page() {
  // The page reads Stripe's return parameters (?checkout=success&session_id=…) on the client.
  return (
    <Suspense>
      <BillingPage />
    </Suspense>
  );
}
