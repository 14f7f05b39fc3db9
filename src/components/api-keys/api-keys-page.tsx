"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { CreateKeyDialog } from "./create-key-dialog";
import { formatKeyLimits } from "./format-key-limits";
import { KeyActions } from "./key-actions";
import { NewKeyDialog } from "./new-key-dialog";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

const STATUS_STYLES: Record<string, string> = {
  active: "bg-emerald-50 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300",
  revoked: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
  expired: "bg-amber-50 text-amber-700 dark:bg-amber-500/10 dark:text-amber-300",
};

export function ApiKeysPage() {
  const trpc = useTRPC();
  const { project } = useCurrentProject();
  const keys = useQuery(trpc.apiKeys.list.queryOptions({ projectId: project.id }));
  const [creating, setCreating] = useState(false);
  const [newKey, setNewKey] = useState<string | null>(null);

  const createButton = <Button onClick={() => setCreating(true)}>Create API key</Button>;
  return (
    <>
      <PageHeader title="API keys" description={`Keys for ${project.name}. Use one as the bearer token for the /v1 API.`} action={createButton} />
      {keys.isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading keys…</p>
      ) : keys.error ? (
        <p role="alert" className="text-sm text-red-600">{errorMessage(keys.error)}</p>
      ) : keys.data.length === 0 ? (
        <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
          <h2 className="font-medium">No API keys yet</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">Create a key, then point any OpenAI SDK at this gateway with it. You will see the key once.</p>
          <div className="mt-4">{createButton}</div>
        </div>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
              <tr>
                <th className="px-4 py-3 font-medium">Name</th>
                <th className="px-4 py-3 font-medium">Key</th>
                <th className="px-4 py-3 font-medium">Limits</th>
                <th className="px-4 py-3 font-medium">Created</th>
                <th className="px-4 py-3 font-medium">Last used</th>
                <th className="px-4 py-3 font-medium">Status</th>
                <th className="px-4 py-3"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((key) => (
                <tr key={key.id} data-testid="api-key-row" className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                  <td className="px-4 py-3 font-medium">{key.name}</td>
                  <td className="whitespace-nowrap px-4 py-3 font-mono text-xs">{key.masked}</td>
                  <td className="px-4 py-3 text-xs text-zinc-600 dark:text-zinc-300" data-testid="api-key-limits" title={key.allowedModels.join(", ") || undefined}>
                    {formatKeyLimits(key) ?? <span className="text-zinc-400 dark:text-zinc-500">None</span>}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-zinc-500">{dateFormat.format(key.createdAt)}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-zinc-500">{key.lastUsedAt ? dateTimeFormat.format(key.lastUsedAt) : "Never"}</td>
                  <td className="px-4 py-3">
                    <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium capitalize", STATUS_STYLES[key.status])}>{key.status}</span>
                    {key.expiresAt && key.status === "active" ? <span className="block text-xs text-zinc-500">until {dateFormat.format(key.expiresAt)}</span> : null}
                  </td>
                  <td className="px-4 py-3">
                    <KeyActions projectId={project.id} apiKey={key} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateKeyDialog
        projectId={project.id}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setNewKey(key);
        }}
      />
      <NewKeyDialog apiKey={newKey} onClose={() => setNewKey(null)} />
    </>
  );
}
