"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";
import type { KeyLimits } from "./format-key-limits";
import { KeyLimitsDialog } from "./key-limits-dialog";

type Key = KeyLimits & { id: string; name: string; masked: string; status: string };

export function KeyActions({ projectId, apiKey }: { projectId: string; apiKey: Key }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<"rename" | "limits" | "revoke" | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.apiKeys.list.queryFilter({ projectId }));
  const rename = useMutation(trpc.apiKeys.rename.mutationOptions({ onSuccess: async () => (await refresh(), setDialog(null)) }));
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: async () => (await refresh(), setDialog(null)) }));

  function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    rename.mutate({ projectId, apiKeyId: apiKey.id, name: String(new FormData(event.currentTarget).get("name") ?? "") });
  }

  function close() {
    rename.reset();
    revoke.reset();
    setDialog(null);
  }

  return (
    <div className="flex justify-end gap-1">
      <Button variant="ghost" onClick={() => setDialog("rename")} aria-label={`Rename ${apiKey.name}`}>
        Rename
      </Button>
      {apiKey.status !== "revoked" ? (
        <>
          <Button variant="ghost" onClick={() => setDialog("limits")} aria-label={`Limits for ${apiKey.name}`}>
            Limits
          </Button>
          <Button variant="ghost" className="text-red-600 dark:text-red-400" onClick={() => setDialog("revoke")} aria-label={`Revoke ${apiKey.name}`}>
            Revoke
          </Button>
        </>
      ) : null}

      <Dialog open={dialog === "rename"} onClose={close} title="Rename API key">
        <form onSubmit={onRename} className="space-y-4" noValidate>
          <Field id={`rename-${apiKey.id}`} name="name" label="Name" defaultValue={apiKey.name} required autoFocus error={fieldErrors(rename.error).name?.[0]} />
          <DialogFooter
            error={rename.error && !fieldErrors(rename.error).name ? errorMessage(rename.error) : null}
            onCancel={close}
            confirmLabel="Save"
            pendingLabel="Saving…"
            pending={rename.isPending}
          />
        </form>
      </Dialog>

      <KeyLimitsDialog projectId={projectId} apiKey={apiKey} open={dialog === "limits"} onClose={close} />

      <Dialog open={dialog === "revoke"} onClose={close} title="Revoke API key?">
        <p className="text-sm text-zinc-600 dark:text-zinc-300">
          Requests using <span className="font-medium">{apiKey.name}</span> (<code className="font-mono">{apiKey.masked}</code>) will be refused within seconds. This cannot be undone.
        </p>
        <DialogFooter
          error={revoke.error ? errorMessage(revoke.error) : null}
          onCancel={close}
          variant="danger"
          confirmLabel="Revoke key"
          pendingLabel="Revoking…"
          pending={revoke.isPending}
          onConfirm={() => revoke.mutate({ projectId, apiKeyId: apiKey.id })}
        />
      </Dialog>
    </div>
  );
}
