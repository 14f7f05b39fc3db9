"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AdminRoleRequired } from "@/components/dashboard/admin-role-required";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { inputClasses } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/react";
import { AuditLogTable } from "./audit-log-table";
import { auditActionLabel } from "./describe-audit-event";

export function AuditLogPage() {
  const { organization } = useCurrentProject();
  const description = `Who did what in ${organization.name}, newest first: keys, provider keys, settings, billing and the team.`;
  return (
    <>
      <PageHeader title="Audit log" description={description} />
      {organization.role === "developer" ? (
        <AdminRoleRequired organizationName={organization.name}>The audit log is open to owners and admins only.</AdminRoleRequired>
      ) : (
        <AuditLog key={organization.id} organizationId={organization.id} />
      )}
    </>
  );
}

function AuditLog({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const [action, setAction] = useState("");
  const actions = useQuery(trpc.auditLog.actions.queryOptions({ organizationId }));
  return (
    <div className="max-w-6xl space-y-4">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="w-full space-y-1 sm:w-72">
          <span className="block font-medium">Action</span>
          <select className={inputClasses} value={action} onChange={(event) => setAction(event.target.value)} disabled={actions.isPending}>
            <option value="">All actions</option>
            {(actions.data ?? []).map((option) => (
              <option key={option} value={option}>
                {auditActionLabel(option)} ({option})
              </option>
            ))}
          </select>
        </label>
      </div>
      <AuditLogTable organizationId={organizationId} action={action} />
    </div>
  );
}
