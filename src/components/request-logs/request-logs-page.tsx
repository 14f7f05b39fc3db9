"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { RequestLogDetail } from "./request-log-detail";
import { RequestLogRow } from "./request-log-row";

const COLUMNS = [
  { label: "Time" },
  { label: "Model → provider" },
  { label: "Status" },
  { label: "Tokens in / out", numeric: true },
  { label: "Cost", numeric: true },
  { label: "Latency", numeric: true },
  { label: "TTFT", numeric: true },
];

export function RequestLogsPage() {
  const trpc = useTRPC();
  const { project } = useCurrentProject();
  const logs = useInfiniteQuery(
    trpc.requestLogs.list.infiniteQueryOptions({ projectId: project.id, limit: 50 }, { getNextPageParam: (page) => page.nextCursor }),
  );
  const entries = logs.data?.pages.flatMap((page) => page.items) ?? [];
  const [openId, setOpenId] = useState<string | null>(null);

  const refreshButton = (
    <Button variant="secondary" onClick={() => logs.refetch()} disabled={logs.isFetching}>
      {logs.isFetching && !logs.isFetchingNextPage ? "Refreshing…" : "Refresh"}
    </Button>
  );
  return (
    <>
      <PageHeader title="Request logs" description={`Gateway requests made with ${project.name}'s API keys, newest first. Select a row for its details.`} action={refreshButton} />
      {logs.isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading requests…</p>
      ) : !logs.data ? (
        <p role="alert" className="text-sm text-red-600">{errorMessage(logs.error)}</p>
      ) : entries.length === 0 ? (
        <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
          <h2 className="font-medium">No requests yet</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">
            Make a request with an API key and it appears here.{" "}
            <Link href="/dashboard/api-keys" className="font-medium text-brand-600 hover:underline">
              Get an API key
            </Link>
          </p>
        </div>
      ) : (
        <>
          <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
                <tr>
                  {COLUMNS.map((column) => (
                    <th key={column.label} className={column.numeric ? "whitespace-nowrap px-3 py-3 text-right font-medium" : "px-3 py-3 font-medium"}>
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <RequestLogRow key={entry.id} entry={entry} onOpen={setOpenId} />
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-4 flex justify-center">
            {logs.hasNextPage ? (
              <Button variant="secondary" onClick={() => logs.fetchNextPage()} disabled={logs.isFetchingNextPage}>
                {logs.isFetchingNextPage ? "Loading…" : "Load more"}
              </Button>
            ) : (
              <p className="text-xs text-zinc-500">That is every request.</p>
            )}
          </div>
          {/* A failed refresh or next page keeps the rows already shown. */}
          {logs.error ? <p role="alert" className="mt-2 text-center text-sm text-red-600">{errorMessage(logs.error)}</p> : null}
          <RequestLogDetail projectId={project.id} requestLogId={openId} onClose={() => setOpenId(null)} />
        </>
      )}
    </>
  );
}
