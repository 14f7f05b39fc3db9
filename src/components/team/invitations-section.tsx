"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { AppRouter } from "@/server/api/root";
import { RoleBadge } from "./role-badge";
import { TeamSection } from "./team-section";

type Invitation = inferRouterOutputs<AppRouter>["invitations"]["list"][number];

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function InvitationsSection({ organizationId, inviteButton }: { organizationId: string; inviteButton: ReactNode }) {
  const trpc = useTRPC();
  const invitations = useQuery(trpc.invitations.list.queryOptions({ organizationId }));
  return (
    <TeamSection id="invitations-heading" title="Pending invitations" description="Links not used yet. Each works once and stops after 7 days.">
      {invitations.isPending ? (
        <p role="status" className="px-4 pb-5 text-sm text-zinc-500 sm:px-6">Loading invitations…</p>
      ) : invitations.error ? (
        <p role="alert" className="px-4 pb-5 text-sm text-red-600 sm:px-6">{errorMessage(invitations.error)}</p>
      ) : invitations.data.length === 0 ? (
        <div className="px-4 pb-6 text-sm text-zinc-500 sm:px-6">
          <p>No pending invitations.</p>
          <div className="mt-3">{inviteButton}</div>
        </div>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-y border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
              <tr>
                <th className="px-4 py-3 font-medium sm:px-6">For</th>
                <th className="px-4 py-3 font-medium">Role</th>
                <th className="hidden px-4 py-3 font-medium md:table-cell">Invited by</th>
                <th className="hidden px-4 py-3 font-medium sm:table-cell">Expires</th>
                <th className="px-4 py-3 sm:px-6"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((invitation) => (
                <InvitationRow key={invitation.id} organizationId={organizationId} invitation={invitation} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TeamSection>
  );
}

function InvitationRow({ organizationId, invitation }: { organizationId: string; invitation: Invitation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.invitations.list.queryFilter({ organizationId })) }),
  );
  const who = invitation.email ?? "Anyone with the link";
  return (
    <tr data-testid="invitation-row" className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
      <td className="px-4 py-3 [overflow-wrap:anywhere] sm:min-w-40 sm:px-6">
        {invitation.email ?? <span className="text-zinc-500">Anyone with the link</span>}
        <span className="block text-xs text-zinc-500 sm:hidden">{invitation.status === "expired" ? "Expired" : `Expires ${dateTimeFormat.format(invitation.expiresAt)}`}</span>
      </td>
      <td className="px-4 py-3">
        <RoleBadge role={invitation.role} />
      </td>
      <td className="hidden px-4 py-3 text-zinc-500 [overflow-wrap:anywhere] md:table-cell">{invitation.invitedByEmail ?? "—"}</td>
      <td className="hidden whitespace-nowrap px-4 py-3 sm:table-cell">
        {invitation.status === "expired" ? (
          <span className="text-amber-700 dark:text-amber-300">Expired</span>
        ) : (
          <span className="text-zinc-500">{dateTimeFormat.format(invitation.expiresAt)}</span>
        )}
      </td>
      <td className="px-4 py-3 text-right sm:px-6">
        <Button variant="ghost" disabled={revoke.isPending} onClick={() => revoke.mutate({ organizationId, invitationId: invitation.id })} aria-label={`Revoke invitation for ${who}`}>
          {revoke.isPending ? "Revoking…" : "Revoke"}
        </Button>
        {revoke.error ? <p role="alert" className="mt-1 text-xs text-red-600 dark:text-red-400">{errorMessage(revoke.error)}</p> : null}
      </td>
    </tr>
  );
}
