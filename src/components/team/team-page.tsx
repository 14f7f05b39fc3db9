"use client";

import { useState } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { Button } from "@/components/ui/button";
import { InvitationsSection } from "./invitations-section";
import { InviteDialog } from "./invite-dialog";
import { LeaveOrganization } from "./leave-organization";
import { MembersSection } from "./members-section";
import { RolesHelp } from "./roles-help";
import { isAdminOrOwner } from "./roles";

export function TeamPage() {
  const { organization } = useCurrentProject();
  const [inviting, setInviting] = useState(false);
  // The server enforces every rule; the page only avoids offering what would be refused.
  const canManage = isAdminOrOwner(organization.role);
  const inviteButton = canManage ? <Button onClick={() => setInviting(true)}>Invite member</Button> : null;

  return (
    <>
      <PageHeader title="Team" description={`Who can use ${organization.name}, and what each of them may do.`} action={inviteButton} />
      <div className="max-w-5xl space-y-6">
        {!canManage ? (
          <p className="rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
            You are a developer in {organization.name}: you can see the team; only owners and admins can invite, change roles or remove members.
          </p>
        ) : null}
        <MembersSection key={organization.id} organizationId={organization.id} viewerRole={organization.role} />
        {canManage ? <InvitationsSection organizationId={organization.id} inviteButton={inviteButton} /> : null}
        <RolesHelp />
        <LeaveOrganization organization={organization} />
      </div>
      {canManage ? <InviteDialog organizationId={organization.id} viewerRole={organization.role} open={inviting} onClose={() => setInviting(false)} /> : null}
    </>
  );
}
