"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { openAiSdkSnippet, useGatewayBaseUrl } from "@/components/api-keys/snippets";
import { useCurrentProject } from "./current-project";
import { PageHeader } from "./page-header";

export function OverviewPage() {
  const trpc = useTRPC();
  const { viewer, organization, project } = useCurrentProject();
  const keys = useQuery(trpc.apiKeys.list.queryOptions({ projectId: project.id }));
  const baseUrl = useGatewayBaseUrl();
  const activeKeys = keys.data?.filter((key) => key.status === "active").length ?? 0;
  return (
    <>
      <PageHeader title={`Welcome${viewer.name ? `, ${viewer.name}` : ""}`} description={`${organization.name} · ${project.name} · you are ${organization.role}`} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label="Active API keys" value={keys.isPending ? "…" : String(activeKeys)} />
        <Stat label="Gateway base URL" value={<code className="break-all font-mono text-sm">{baseUrl}</code>} />
        <Stat label="Projects in organization" value={String(organization.projects.length)} />
      </div>
      <section className="mt-8 rounded-xl border border-zinc-200 bg-white p-6 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 className="font-medium">Get started</h2>
        <ol className="mt-3 list-inside list-decimal space-y-2 text-sm text-zinc-600 dark:text-zinc-300">
          <li>
            {activeKeys > 0 ? "You have an API key. " : "Create an API key for this project. "}
            <Link href="/dashboard/api-keys" className="font-medium text-brand-600 hover:underline">
              {activeKeys > 0 ? "Manage keys" : "Create your first key"}
            </Link>
          </li>
          <li>Point your OpenAI SDK at the gateway base URL and use the key as its API key:</li>
        </ol>
        <pre className="mt-3 overflow-x-auto rounded-md bg-zinc-950 p-4 font-mono text-xs leading-5 text-zinc-200">{openAiSdkSnippet("sk-sb-…", baseUrl)}</pre>
        {activeKeys === 0 && !keys.isPending ? (
          <Link href="/dashboard/api-keys" className={buttonClasses("primary", "mt-4")}>
            Create API key
          </Link>
        ) : null}
      </section>
    </>
  );
}

function Stat({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-500">{label}</p>
      <div className="mt-2 text-2xl font-semibold">{value}</div>
    </div>
  );
}
