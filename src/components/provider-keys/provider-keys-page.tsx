"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AdminRoleRequired } from "@/components/dashboard/admin-role-required";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { AddProviderKeyDialog } from "./add-provider-key-dialog";
import { ProviderKeyRow } from "./provider-key-row";

export function ProviderKeysPage() {
  const trpc = useTRPC();
  const { organization, project } = useCurrentProject();
  const credentials = useQuery(trpc.providerCredentials.list.queryOptions({ projectId: project.id }));
  const [adding, setAdding] = useState(false);
  // The server enforces this too; the page only avoids offering buttons that would be refused.
  const canManage = organization.role !== "developer";

  const addButton = canManage ? <Button onClick={() => setAdding(true)}>Add provider key</Button> : null;
  return (
    <>
      <PageHeader title="Provider keys" description={`Your own provider API keys for ${project.name} (bring your own key).`} action={addButton} />
      {!canManage ? (
        <div className="mb-6">
          <AdminRoleRequired organizationName={organization.name}>
            Adding, testing, switching off or deleting provider keys is open to owners and admins only. Below are the project&apos;s keys, masked and read-only.
          </AdminRoleRequired>
        </div>
      ) : null}
      {credentials.isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading provider keys…</p>
      ) : credentials.error ? (
        <p role="alert" className="text-sm text-red-600">{errorMessage(credentials.error)}</p>
      ) : credentials.data.length === 0 ? (
        <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
          <h2 className="font-medium">No provider keys yet</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">
            Bring your own key: add your OpenAI, Anthropic, Google or other provider key and requests are sent with it, billed by the provider directly
            with a 0% gateway fee. Any OpenAI-compatible endpoint works as a custom provider.
          </p>
          {addButton ? <div className="mt-4">{addButton}</div> : null}
        </div>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
              <tr>
                <th className="px-4 py-3 font-medium">Provider</th>
                <th className="px-4 py-3 font-medium">Name</th>
                <th className="px-4 py-3 font-medium">Key</th>
                <th className="px-4 py-3 font-medium">Status</th>
                <th className="px-4 py-3 font-medium">Last test</th>
                <th className="px-4 py-3"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {credentials.data.map((credential) => (
                <ProviderKeyRow key={credential.id} projectId={project.id} credential={credential} canManage={canManage} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage ? <AddProviderKeyDialog projectId={project.id} open={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
