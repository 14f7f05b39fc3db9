"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { MemberRole } from "@/generated/prisma/enums";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { AppRouter } from "@/server/api/root";
import { assignableRoles, removalRefusal, roleChangeRefusal } from "@/server/services/members/member-role-rules";
import { RemoveMemberDialog } from "./remove-member-dialog";
import { RoleBadge } from "./role-badge";
import { ROLE_LABELS } from "./roles";

export type Member = inferRouterOutputs<AppRouter>["members"]["list"][number];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export function MemberRow({ organizationId, member, viewerRole }: { organizationId: string; member: Member; viewerRole: MemberRole }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState(false);
  const changeRole = useMutation(
    trpc.members.changeRole.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.members.list.queryFilter({ organizationId })) }),
  );
  // Your own role is changed by someone else (or by leaving), never by a slip of your own select.
  const canChangeRole = !member.isYou && roleChangeRefusal(viewerRole, member.role, member.role) === null;
  const canRemove = !member.isYou && removalRefusal(viewerRole, member.role) === null;
  const shownRole = changeRole.isPending ? changeRole.variables.role : member.role;
  const label = member.name ? `${member.name} (${member.email})` : member.email;
  const removeButton = canRemove ? (
    <Button variant="ghost" onClick={() => setRemoving(true)} aria-label={`Remove ${label}`}>
      {/* The colour sits on an inner span: cn() does not merge classes, and the variant's own colour would win. */}
      <span className="text-red-600 dark:text-red-400">Remove</span>
    </Button>
  ) : null;

  return (
    <tr data-testid="member-row" className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
      <td className="px-4 py-3 sm:min-w-40 sm:px-6">
        <span className="block font-medium [overflow-wrap:anywhere]">
          {member.name ?? member.email}
          {member.isYou ? <span className="ml-2 text-xs font-normal text-zinc-500">(you)</span> : null}
        </span>
        {member.name ? <span className="block text-xs text-zinc-500 [overflow-wrap:anywhere]">{member.email}</span> : null}
        {canRemove ? <RemoveMemberDialog organizationId={organizationId} member={member} open={removing} onClose={() => setRemoving(false)} /> : null}
      </td>
      <td className="px-4 py-3">
        {canChangeRole ? (
          <div className="min-w-32">
            <select
              aria-label={`Role of ${member.email}`}
              className={cn(inputClasses, "py-1.5")}
              value={shownRole}
              disabled={changeRole.isPending}
              onChange={(event) => changeRole.mutate({ organizationId, userId: member.userId, role: event.target.value as MemberRole })}
            >
              {[...new Set([member.role, ...assignableRoles(viewerRole)])].map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
            <p aria-live="polite" className={cn("mt-1 text-xs", changeRole.error ? "text-red-600 dark:text-red-400" : "text-zinc-500")}>
              {changeRole.isPending ? "Saving…" : changeRole.error ? errorMessage(changeRole.error) : changeRole.isSuccess ? "Saved." : ""}
            </p>
          </div>
        ) : (
          <RoleBadge role={member.role} />
        )}
        {/* Phones have no room for an actions column: the button sits under the role instead. */}
        {removeButton ? <div className="mt-1 -ml-3 sm:hidden">{removeButton}</div> : null}
      </td>
      <td className="hidden whitespace-nowrap px-4 py-3 text-zinc-500 sm:table-cell">{dateFormat.format(member.joinedAt)}</td>
      <td className="hidden px-4 py-3 text-right sm:table-cell sm:px-6">{removeButton}</td>
    </tr>
  );
}
