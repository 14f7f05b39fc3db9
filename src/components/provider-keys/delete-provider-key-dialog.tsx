"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";

type Credential = { id: string; name: string; providerName: string; maskedKey: string };

export function DeleteProviderKeyDialog({ projectId, credential, open, onClose }: { projectId: string; credential: Credential; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.providerCredentials.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.providerCredentials.list.queryFilter({ projectId }));
        onClose();
      },
    }),
  );

  function close() {
    remove.reset();
    onClose();
  }

  return (
    <Dialog open={open} onClose={close} title="Delete provider key?">
      <p className="text-sm text-zinc-600 dark:text-zinc-300">
        <span className="font-medium">{credential.name}</span> ({credential.providerName}, <code className="font-mono">{credential.maskedKey}</code>) will no longer be
        used for this project&apos;s requests. The key is erased and cannot be recovered; to pause it instead, disable it.
      </p>
      <DialogFooter
        error={remove.error ? errorMessage(remove.error) : null}
        onCancel={close}
        variant="danger"
        confirmLabel="Delete key"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ projectId, credentialId: credential.id })}
      />
    </Dialog>
  );
}
