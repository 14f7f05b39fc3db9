"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { hasActiveFilters } from "@/server/services/request-logs/request-log-filters";
import { ExportCsvLink } from "./export-csv-link";
import { describeRequestCount } from "./request-log-count-hint";
import { RequestLogDetail } from "./request-log-detail";
import { RequestLogFilterBar } from "./request-log-filter-bar";
import { RequestLogsTable } from "./request-logs-table";
import { useProjectInAddress } from "./use-project-in-address";
import { useRequestLogFilters } from "./use-request-log-filters";

export function RequestLogsPage() {
  const trpc = useTRPC();
  const { project } = useCurrentProject();
  const { notice } = useProjectInAddress();
  const { filters, problems, updateFilters, clearFilters } = useRequestLogFilters();
  const filtered = hasActiveFilters(filters);
  const input = { projectId: project.id, ...filters };
  const logs = useInfiniteQuery(trpc.requestLogs.list.infiniteQueryOptions({ ...input, limit: 50 }, { getNextPageParam: (page) => page.nextCursor }));
  const count = useQuery(trpc.requestLogs.count.queryOptions(input));
  const entries = logs.data?.pages.flatMap((page) => page.items) ?? [];
  const [openId, setOpenId] = useState<string | null>(null);

  const actions = (
    <div className="flex flex-wrap gap-2">
      <ExportCsvLink projectId={project.id} filters={filters} />
      <Button
        variant="secondary"
        onClick={() => {
          void logs.refetch();
          void count.refetch();
        }}
        disabled={logs.isFetching}
      >
        {logs.isFetching && !logs.isFetchingNextPage ? "Refreshing…" : "Refresh"}
      </Button>
    </div>
  );
  return (
    <>
      <PageHeader title="Request logs" description={`Gateway requests made in ${project.name}, newest first. Select a row for its details.`} action={actions} />
      {notice ? <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">{notice}</p> : null}
      <RequestLogFilterBar projectId={project.id} filters={filters} problems={problems} onChange={updateFilters} />
      <div className="mb-3 flex min-h-9 flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="request-log-count">
          {count.data ? describeRequestCount(count.data, filtered) : count.error ? null : "Counting…"}
        </p>
        {filtered ? (
          <Button variant="ghost" onClick={clearFilters}>
            Clear filters
          </Button>
        ) : null}
      </div>

      {logs.isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading requests…</p>
      ) : !logs.data ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">{errorMessage(logs.error)}</p>
      ) : entries.length === 0 ? (
        <EmptyState filtered={filtered} onClear={clearFilters} />
      ) : (
        <>
          <RequestLogsTable entries={entries} onOpen={setOpenId} />
          <div className="mt-4 flex justify-center">
            {logs.hasNextPage ? (
              <Button variant="secondary" onClick={() => logs.fetchNextPage()} disabled={logs.isFetchingNextPage}>
                {logs.isFetchingNextPage ? "Loading…" : "Load more"}
              </Button>
            ) : (
              <p className="text-xs text-zinc-500">{filtered ? "That is every matching request." : "That is every request."}</p>
            )}
          </div>
          {/* A failed refresh or next page keeps the rows already shown. */}
          {logs.error ? <p role="alert" className="mt-2 text-center text-sm text-red-600 dark:text-red-400">{errorMessage(logs.error)}</p> : null}
        </>
      )}
      <RequestLogDetail projectId={project.id} requestLogId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}

function EmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
      {filtered ? (
        <>
          <h2 className="font-medium">No requests match these filters</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">Widen the time range or remove a filter.</p>
          <Button variant="secondary" className="mt-4" onClick={onClear}>
            Clear filters
          </Button>
        </>
      ) : (
        <>
          <h2 className="font-medium">No requests yet</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">
            Make a request with an API key and it appears here.{" "}
            <Link href="/dashboard/api-keys" className="font-medium text-brand-600 hover:underline">
              Get an API key
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
