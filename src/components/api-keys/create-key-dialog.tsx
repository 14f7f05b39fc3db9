"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";

export function CreateKeyDialog({ projectId, open, onClose, onCreated }: { projectId: string; open: boolean; onClose: () => void; onCreated: (key: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.apiKeys.list.queryFilter({ projectId }));
        onCreated(result.key);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expires = String(form.get("expiresAt") ?? "");
    const spendLimit = String(form.get("spendLimitUsd") ?? "").trim();
    create.mutate({
      projectId,
      name: String(form.get("name") ?? ""),
      // A date picked in the form means "until the end of that day" in the user's time zone.
      expiresAt: expires ? new Date(`${expires}T23:59:59`) : undefined,
      spendLimitUsd: spendLimit || undefined,
    });
  }

  function close() {
    create.reset();
    onClose();
  }

  const errors = fieldErrors(create.error);
  return (
    <Dialog open={open} onClose={close} title="Create API key">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field id="key-name" name="name" label="Name" placeholder="e.g. Production backend" required autoFocus error={errors.name?.[0]} />
        <Field id="key-expiry" name="expiresAt" type="date" label="Expires (optional)" hint="The key stops working at the end of this day." error={errors.expiresAt?.[0]} />
        <Field
          id="key-spend-limit"
          name="spendLimitUsd"
          inputMode="decimal"
          label="Spend limit in USD (optional)"
          placeholder="e.g. 50"
          error={errors.spendLimitUsd?.[0]}
        />
        <DialogFooter
          error={create.error && Object.keys(errors).length === 0 ? errorMessage(create.error) : null}
          onCancel={close}
          confirmLabel="Create key"
          pendingLabel="Creating…"
          pending={create.isPending}
        />
      </form>
    </Dialog>
  );
}
