"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { Member } from "./member-row";

export function RemoveMemberDialog({ organizationId, member, open, onClose }: { organizationId: string; member: Member; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.members.list.queryFilter({ organizationId }));
        onClose();
      },
    }),
  );
  function close() {
    remove.reset();
    onClose();
  }
  return (
    <Dialog open={open} onClose={close} title="Remove member?">
      <div className="space-y-3 text-left text-sm text-zinc-600 dark:text-zinc-300">
        <p>
          <span className="font-medium text-zinc-900 dark:text-zinc-100">{member.email}</span> loses access to this organization and its projects at once.
        </p>
        <p>API keys they created belong to the project and keep working: revoke them on the API keys page if they should stop.</p>
      </div>
      <DialogFooter
        error={remove.error ? errorMessage(remove.error) : null}
        onCancel={close}
        variant="danger"
        confirmLabel="Remove member"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ organizationId, userId: member.userId })}
      />
    </Dialog>
  );
}
