"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field, inputClasses } from "@/components/ui/field";
import type { MemberRole } from "@/generated/prisma/enums";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";
import { assignableRoles } from "@/server/services/members/member-role-rules";
import { ROLE_LABELS, ROLE_SUMMARIES } from "./roles";

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Creates an invitation and shows its link: the only time it can be seen, and the only way it reaches anyone. */
export function InviteDialog({ organizationId, viewerRole, open, onClose }: { organizationId: string; viewerRole: MemberRole; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<MemberRole>("developer");
  const create = useMutation(
    trpc.invitations.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.invitations.list.queryFilter({ organizationId })) }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    create.mutate({ organizationId, role, email: email || undefined });
  }

  function close() {
    create.reset();
    setRole("developer");
    onClose();
  }

  const errors = fieldErrors(create.error);
  const created = create.data;
  const link = created ? `${window.location.origin}${created.path}` : "";
  return (
    <Dialog open={open} onClose={close} title={created ? "Share this invitation link" : "Invite a member"}>
      {created ? (
        <div className="space-y-4">
          <p className="text-sm text-zinc-600 dark:text-zinc-300">
            Send this link to {created.invitation.email ?? "the person you are inviting"}. It makes them a {ROLE_LABELS[created.invitation.role].toLowerCase()}, works once
            and expires on {dateTimeFormat.format(created.invitation.expiresAt)}. Copy it now: it will not be shown again.
          </p>
          <div className="flex items-center gap-2">
            <input
              aria-label="Invitation link"
              data-testid="invitation-link"
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
              className={`${inputClasses} min-w-0 flex-1 font-mono text-xs`}
            />
            <CopyButton text={link} label="Copy link" />
          </div>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <div>
            <label htmlFor="invite-role" className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
              Role
            </label>
            <select id="invite-role" className={inputClasses} value={role} onChange={(event) => setRole(event.target.value as MemberRole)} aria-describedby="invite-role-summary">
              {assignableRoles(viewerRole).map((option) => (
                <option key={option} value={option}>
                  {ROLE_LABELS[option]}
                </option>
              ))}
            </select>
            <p id="invite-role-summary" className="mt-1 text-xs text-zinc-500">
              {ROLE_SUMMARIES[role]}
            </p>
            {errors.role?.[0] ? <p role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">{errors.role[0]}</p> : null}
          </div>
          <Field
            id="invite-email"
            name="email"
            type="email"
            label="Email (optional)"
            autoComplete="off"
            hint="With an email, only someone signed in with that address can use the link."
            error={errors.email?.[0]}
          />
          <p className="rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
            Email delivery is not configured on this server, so no email is sent. You get a link to copy and share yourself.
          </p>
          <DialogFooter
            error={create.error && !errors.email && !errors.role ? errorMessage(create.error) : null}
            onCancel={close}
            confirmLabel="Create invitation link"
            pendingLabel="Creating link…"
            pending={create.isPending}
          />
        </form>
      )}
    </Dialog>
  );
}
