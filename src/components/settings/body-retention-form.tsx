"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { SettingsSection } from "./settings-section";

type Props = { projectId: string; enabled: boolean; disabled: boolean };

export function BodyRetentionForm({ projectId, enabled: savedEnabled, disabled }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(savedEnabled);
  const update = useMutation(
    trpc.projects.updateBodyRetention.mutationOptions({
      onSuccess: () => Promise.all([queryClient.invalidateQueries(trpc.projects.get.queryFilter({ projectId })), queryClient.invalidateQueries(trpc.requestLogs.get.pathFilter())]),
    }),
  );

  // The request log links here (#body-retention); the section renders only after the settings load, too late for
  // the browser's own jump to the fragment.
  useEffect(() => {
    if (window.location.hash === "#body-retention") document.getElementById("body-retention")?.scrollIntoView({ block: "start" });
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ projectId, enabled });
  }

  return (
    <SettingsSection
      id="body-retention"
      title="Request and response bodies"
      description={
        <>
          <p>Keep the full request and response of each gateway request with its row in the request log, to see exactly what was sent and what came back.</p>
          <p className="text-amber-700 dark:text-amber-300">
            Bodies may contain personal data: prompts, names, anything your users type. Turn this on only if you are allowed to store it.
          </p>
          <p>Each body is cut at 256 KB and kept as long as its request log row. Turning this off stops keeping new bodies; bodies already kept stay with their rows.</p>
        </>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4">
        <Switch id="retain-bodies" label="Keep request and response bodies" checked={enabled} disabled={disabled} onChange={(next) => (setEnabled(next), update.reset())} />
        <p className="text-sm text-zinc-600 dark:text-zinc-300">Changes reach the gateway within 5 seconds.</p>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={disabled || update.isPending}>
            {update.isPending ? "Saving…" : "Save body retention"}
          </Button>
          <p aria-live="polite" className="text-sm">
            {update.isSuccess ? <span className="text-emerald-700 dark:text-emerald-300">Saved.</span> : null}
            {update.error ? <span role="alert" className="text-red-600 dark:text-red-400">{errorMessage(update.error)}</span> : null}
          </p>
        </div>
      </form>
    </SettingsSection>
  );
}
