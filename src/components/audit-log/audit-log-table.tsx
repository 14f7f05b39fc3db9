"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { AuditEventCards, AuditEventTable } from "./audit-events";

const PAGE_SIZE = 25;

export function AuditLogTable({ organizationId, action }: { organizationId: string; action: string }) {
  const trpc = useTRPC();
  const events = useInfiniteQuery(
    trpc.auditLog.list.infiniteQueryOptions({ organizationId, limit: PAGE_SIZE, action: action || undefined }, { getNextPageParam: (page) => page.nextCursor }),
  );
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];

  if (events.isPending) return <p role="status" className="text-sm text-zinc-500">Loading the audit log…</p>;
  if (!events.data) return <p role="alert" className="text-sm text-red-600 dark:text-red-400">{errorMessage(events.error)}</p>;
  if (rows.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center text-sm text-zinc-500 dark:border-zinc-700">
        {action ? "No events of this kind yet." : "Nothing recorded yet. Changes to keys, settings, billing and the team appear here."}
      </div>
    );
  }
  return (
    <>
      <AuditEventTable rows={rows} />
      <AuditEventCards rows={rows} />
      <div className="flex justify-center">
        {events.hasNextPage ? (
          <Button variant="secondary" onClick={() => events.fetchNextPage()} disabled={events.isFetchingNextPage}>
            {events.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        ) : (
          <p className="text-xs text-zinc-500">That is every event{action ? " of this kind" : ""}.</p>
        )}
        {events.error && events.data ? <p role="alert" className="ml-3 text-xs text-red-600 dark:text-red-400">{errorMessage(events.error)}</p> : null}
      </div>
    </>
  );
}
