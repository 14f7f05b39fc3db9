"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";
import { SettingsSection } from "./settings-section";

export function ProjectNameForm({ projectId, name, disabled }: { projectId: string; name: string; disabled: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rename = useMutation(
    trpc.projects.rename.mutationOptions({
      // The project switcher shows the name too, and it comes from viewer.me.
      onSuccess: () => Promise.all([queryClient.invalidateQueries(trpc.projects.get.queryFilter({ projectId })), queryClient.invalidateQueries(trpc.viewer.me.queryFilter())]),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    rename.mutate({ projectId, name: String(new FormData(event.currentTarget).get("name") ?? "") });
  }

  const errors = fieldErrors(rename.error);
  return (
    <SettingsSection title="Project name" description="Shown in the project switcher and in audit entries.">
      <form onSubmit={onSubmit} className="flex flex-wrap items-start gap-3" noValidate>
        <Field id="project-name" name="name" label="Name" defaultValue={name} required disabled={disabled} className="min-w-64 flex-1" error={errors.name?.[0]} />
        <Button type="submit" className="mt-6" disabled={disabled || rename.isPending}>
          {rename.isPending ? "Saving…" : "Save name"}
        </Button>
      </form>
      <p aria-live="polite" className="mt-2 text-sm">
        {rename.isSuccess ? <span className="text-emerald-700 dark:text-emerald-300">Saved.</span> : null}
        {rename.error && !errors.name ? <span role="alert" className="text-red-600">{errorMessage(rename.error)}</span> : null}
      </p>
    </SettingsSection>
  );
}
