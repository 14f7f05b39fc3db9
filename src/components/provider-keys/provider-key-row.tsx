"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { AppRouter } from "@/server/api/root";
import { DeleteProviderKeyDialog } from "./delete-provider-key-dialog";

export type ProviderKey = inferRouterOutputs<AppRouter>["providerCredentials"]["list"][number];

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function ProviderKeyRow({ projectId, credential, canManage }: { projectId: string; credential: ProviderKey; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.providerCredentials.list.queryFilter({ projectId }));
  const test = useMutation(trpc.providerCredentials.test.mutationOptions({ onSettled: refresh }));
  const setEnabled = useMutation(trpc.providerCredentials.setEnabled.mutationOptions({ onSuccess: refresh }));
  const ids = { projectId, credentialId: credential.id };
  const actionError = test.error ?? setEnabled.error;

  return (
    <tr data-testid="provider-key-row" className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
      <td className="px-4 py-3">
        <span className="font-medium">{credential.providerName}</span>
        {credential.customSlug ? <span className="block font-mono text-xs text-zinc-500">{credential.customSlug}/…</span> : null}
        {credential.baseUrl ? <span className="block break-all text-xs text-zinc-500">{credential.baseUrl}</span> : null}
      </td>
      <td className="px-4 py-3">{credential.name}</td>
      <td className="whitespace-nowrap px-4 py-3 font-mono text-xs">{credential.maskedKey}</td>
      <td className="px-4 py-3">
        <span
          className={cn(
            "rounded-full px-2 py-0.5 text-xs font-medium",
            credential.enabled
              ? "bg-emerald-50 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300"
              : "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
          )}
        >
          {credential.enabled ? "Enabled" : "Disabled"}
        </span>
      </td>
      <td className="max-w-xs px-4 py-3" aria-live="polite">
        {test.isPending ? (
          <span className="text-zinc-500">Testing…</span>
        ) : (
          <LastTestResult
            ok={test.data?.ok ?? credential.lastTestOk}
            message={test.data?.message ?? credential.lastTestMessage}
            detail={test.data ? `${test.data.latencyMs} ms` : credential.lastTestedAt ? dateTimeFormat.format(credential.lastTestedAt) : null}
          />
        )}
        {actionError ? <p role="alert" className="mt-1 text-xs text-red-600">{errorMessage(actionError)}</p> : null}
      </td>
      <td className="px-4 py-3">
        {canManage ? (
          <div className="flex justify-end gap-1">
            <Button variant="ghost" disabled={test.isPending} onClick={() => test.mutate(ids)} aria-label={`Test ${credential.name}`}>
              Test
            </Button>
            <Button
              variant="ghost"
              disabled={setEnabled.isPending}
              onClick={() => setEnabled.mutate({ ...ids, enabled: !credential.enabled })}
              aria-label={`${credential.enabled ? "Disable" : "Enable"} ${credential.name}`}
            >
              {credential.enabled ? "Disable" : "Enable"}
            </Button>
            <Button variant="ghost" className="text-red-600 dark:text-red-400" onClick={() => setConfirmingDelete(true)} aria-label={`Delete ${credential.name}`}>
              Delete
            </Button>
            <DeleteProviderKeyDialog projectId={projectId} credential={credential} open={confirmingDelete} onClose={() => setConfirmingDelete(false)} />
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function LastTestResult({ ok, message, detail }: { ok: boolean | null; message: string | null; detail: string | null }) {
  if (ok === null || message === null) return <span className="text-zinc-500">Not tested</span>;
  return (
    <span data-testid="provider-key-test-result" className={cn("text-sm", ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-600 dark:text-red-400")}>
      <span aria-hidden="true">{ok ? "✓ " : "✗ "}</span>
      {message}
      {detail ? <span className="block text-xs text-zinc-500">{detail}</span> : null}
    </span>
  );
}
