"use client";

import { useQuery } from "@tanstack/react-query";
import type { MemberRole } from "@/generated/prisma/enums";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { MemberRow } from "./member-row";
import { TeamSection } from "./team-section";

export function MembersSection({ organizationId, viewerRole }: { organizationId: string; viewerRole: MemberRole }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.members.list.queryOptions({ organizationId }));
  const count = members.data?.length;
  return (
    <TeamSection id="members-heading" title="Members" description={count === undefined ? undefined : `${count} ${count === 1 ? "person" : "people"}`}>
      {members.isPending ? (
        <p role="status" className="px-4 pb-5 text-sm text-zinc-500 sm:px-6">Loading members…</p>
      ) : members.error ? (
        <p role="alert" className="px-4 pb-5 text-sm text-red-600 sm:px-6">{errorMessage(members.error)}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-y border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
              <tr>
                <th className="px-4 py-3 font-medium sm:px-6">Member</th>
                <th className="px-4 py-3 font-medium">Role</th>
                <th className="hidden px-4 py-3 font-medium sm:table-cell">Joined</th>
                <th className="hidden px-4 py-3 sm:table-cell sm:px-6"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => (
                <MemberRow key={member.userId} organizationId={organizationId} member={member} viewerRole={viewerRole} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TeamSection>
  );
}
