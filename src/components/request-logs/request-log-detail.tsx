"use client";

import { useQuery } from "@tanstack/react-query";
import { Drawer } from "@/components/ui/drawer";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { RequestLogBodies } from "./request-log-bodies";
import { RequestLogFacts } from "./request-log-facts";
import { RoutingDecision } from "./routing-decision";

/** The side panel for one request-log row, opened from the list by click or Enter. */
export function RequestLogDetail({ projectId, requestLogId, onClose }: { projectId: string; requestLogId: string | null; onClose: () => void }) {
  return (
    <Drawer open={requestLogId !== null} onClose={onClose} title="Request details" testId="request-log-detail">
      {requestLogId ? <DetailBody projectId={projectId} requestLogId={requestLogId} /> : null}
    </Drawer>
  );
}

function DetailBody({ projectId, requestLogId }: { projectId: string; requestLogId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.requestLogs.get.queryOptions({ projectId, requestLogId }));
  if (detail.isPending) return <p role="status" className="text-sm text-zinc-500">Loading request…</p>;
  if (detail.error) return <p role="alert" className="text-sm text-red-600">{errorMessage(detail.error)}</p>;
  const entry = detail.data;
  return (
    <div className="space-y-8">
      <p className="text-sm text-zinc-600 dark:text-zinc-300">
        <span className="font-mono font-medium text-zinc-900 dark:text-zinc-100">{entry.requestedModel}</span>
        {entry.providerId ? (
          <>
            {" → "}
            <span className="font-medium text-zinc-900 dark:text-zinc-100">{entry.providerId}</span>
            {entry.providerModel ? <span className="font-mono">/{entry.providerModel}</span> : null}
          </>
        ) : null}
      </p>
      <RoutingDecision entry={entry} />
      <RequestLogFacts entry={entry} />
      <RequestLogBodies entry={entry} />
    </div>
  );
}
