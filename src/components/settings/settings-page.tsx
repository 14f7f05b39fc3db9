"use client";

import { useQuery } from "@tanstack/react-query";
import { PageHeader } from "@/components/dashboard/page-header";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { BodyRetentionForm } from "./body-retention-form";
import { CacheSettingsForm } from "./cache-settings-form";
import { ProjectModeForm } from "./project-mode-form";
import { ProjectNameForm } from "./project-name-form";
import { RoutingConfigForm } from "./routing-config-form";

export function SettingsPage() {
  const trpc = useTRPC();
  const { organization, project } = useCurrentProject();
  const settings = useQuery(trpc.projects.get.queryOptions({ projectId: project.id }));
  // The server enforces this too; the page only avoids offering changes that would be refused.
  const canManage = organization.role !== "developer";
  return (
    <>
      <PageHeader title="Settings" description={`Project settings for ${project.name}.`} />
      {!canManage ? (
        <p className="mb-4 rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
          You are a developer in {organization.name}: only admins and owners can change these settings.
        </p>
      ) : null}
      {settings.isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading settings…</p>
      ) : settings.error ? (
        <p role="alert" className="text-sm text-red-600">{errorMessage(settings.error)}</p>
      ) : (
        <div className="max-w-3xl space-y-6">
          {/* Keyed by project so switching projects resets the forms to the new project's values. */}
          <ProjectNameForm key={`name-${settings.data.id}`} projectId={settings.data.id} name={settings.data.name} disabled={!canManage} />
          <ProjectModeForm key={`mode-${settings.data.id}`} projectId={settings.data.id} mode={settings.data.mode} disabled={!canManage} />
          <CacheSettingsForm
            key={`cache-${settings.data.id}`}
            projectId={settings.data.id}
            enabled={settings.data.cacheEnabled}
            ttlSeconds={settings.data.cacheTtlSeconds}
            disabled={!canManage}
          />
          <RoutingConfigForm key={`routing-${settings.data.id}`} projectId={settings.data.id} config={settings.data.routingConfig} disabled={!canManage} />
          <BodyRetentionForm key={`bodies-${settings.data.id}`} projectId={settings.data.id} enabled={settings.data.retainBodies} disabled={!canManage} />
        </div>
      )}
    </>
  );
}
