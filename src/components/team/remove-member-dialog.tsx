"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { Member } from "./member-row";

export function RemoveMemberDialog({ organizationId, member, open, onClose }: { organizationId: string; member: Member; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [revokeKeys, setRevokeKeys] = useState(true);
  const keys = member.activeApiKeys;
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.members.list.queryFilter({ organizationId }));
        await queryClient.invalidateQueries(trpc.apiKeys.list.queryFilter());
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
        {keys === 0 ? (
          <p>They created no API key that still works here.</p>
        ) : (
          <>
            <label className="flex items-start gap-2 text-zinc-900 dark:text-zinc-100">
              <input type="checkbox" className="mt-0.5" checked={revokeKeys} onChange={(event) => setRevokeKeys(event.target.checked)} />
              <span>
                Also revoke the {keys === 1 ? "API key" : `${keys} API keys`} they created
              </span>
            </label>
            <p>{revokeKeys ? "Requests with those keys are refused within seconds." : "Keys belong to the project and keep working; you can revoke them later on the API keys page."}</p>
          </>
        )}
      </div>
      <DialogFooter
        error={remove.error ? errorMessage(remove.error) : null}
        onCancel={close}
        variant="danger"
        confirmLabel="Remove member"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ organizationId, userId: member.userId, revokeKeys: keys > 0 && revokeKeys })}
      />
    </Dialog>
  );
}
