"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { SettingsSection } from "./settings-section";

type Mode = "byok" | "credits" | "hybrid";

const MODES: ReadonlyArray<{ value: Mode; title: string; description: string }> = [
  { value: "byok", title: "Bring your own keys", description: "Only your provider keys are used, billed by each provider directly. 0% gateway fee." },
  { value: "credits", title: "Credits", description: "Platform provider keys are used and paid from your credit balance. No provider accounts needed." },
  { value: "hybrid", title: "Hybrid", description: "Your provider keys first; platform keys, paid from credits, otherwise." },
];

export function ProjectModeForm({ projectId, mode, disabled }: { projectId: string; mode: Mode; disabled: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<Mode>(mode);
  const setMode = useMutation(trpc.projects.setMode.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.projects.get.queryFilter({ projectId })) }));

  return (
    <SettingsSection title="Billing mode" description="Which provider keys this project's gateway requests may use.">
      <fieldset disabled={disabled} className="grid gap-3 sm:grid-cols-3">
        <legend className="sr-only">Billing mode</legend>
        {MODES.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex cursor-pointer flex-col gap-1 rounded-lg border p-4 text-sm has-[:disabled]:cursor-not-allowed has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/40",
              selected === option.value
                ? "border-brand-500 bg-brand-50 dark:bg-brand-500/10"
                : "border-zinc-200 hover:border-zinc-300 dark:border-zinc-700 dark:hover:border-zinc-600",
            )}
          >
            <span className="flex items-center gap-2 font-medium">
              <input type="radio" name="mode" value={option.value} checked={selected === option.value} onChange={() => (setSelected(option.value), setMode.reset())} />
              {option.title}
              {option.value === mode ? <span className="text-xs font-normal text-zinc-500">(current)</span> : null}
            </span>
            <span className="text-zinc-600 dark:text-zinc-300">{option.description}</span>
          </label>
        ))}
      </fieldset>
      <div className="mt-4 flex items-center gap-3">
        <Button disabled={disabled || selected === mode || setMode.isPending} onClick={() => setMode.mutate({ projectId, mode: selected })}>
          {setMode.isPending ? "Saving…" : "Save mode"}
        </Button>
        <p aria-live="polite" className="text-sm">
          {setMode.isSuccess && selected === mode ? <span className="text-emerald-700 dark:text-emerald-300">Saved.</span> : null}
          {setMode.error ? <span role="alert" className="text-red-600">{errorMessage(setMode.error)}</span> : null}
        </p>
      </div>
    </SettingsSection>
  );
}
