import type { Metadata } from "next";
import { Suspense } from "react";
import { RequestLogsPage } from "@/components/request-logs/request-logs-page";

export const metadata: Metadata = { title: "Request logs" };

export default function Page() {
  // The filters live in the address (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense fallback={<p role="status" className="text-sm text-zinc-500">Loading requests…</p>}>
      <RequestLogsPage />
    </Suspense>
  );
}
