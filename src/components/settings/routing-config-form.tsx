"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { ROUTING_EXAMPLE, formatRoutingConfig } from "./routing-example";
import { RoutingHelp } from "./routing-help";
import { SettingsSection } from "./settings-section";

type Props = { projectId: string; config: unknown; disabled: boolean };

export function RoutingConfigForm({ projectId, config, disabled }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(formatRoutingConfig(config));
  // A syntax error is caught here; everything about the rules themselves is checked by the server.
  const [jsonError, setJsonError] = useState<string | null>(null);
  const update = useMutation(
    trpc.projects.updateRouting.mutationOptions({
      onSuccess: async (project) => {
        // Show what was stored, defaults filled in, so the editor never drifts from the saved rules.
        setText(formatRoutingConfig(project.routingConfig));
        await queryClient.invalidateQueries(trpc.projects.get.queryFilter({ projectId }));
      },
    }),
  );

  function edit(next: string) {
    setText(next);
    setJsonError(null);
    update.reset();
  }

  function save() {
    if (text.trim() === "") return update.mutate({ projectId, config: null });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return setJsonError(`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    update.mutate({ projectId, config: parsed });
  }

  const problem = jsonError ?? (update.error ? errorMessage(update.error) : null);
  return (
    <SettingsSection
      title="Routing"
      description="Rules that decide which models and providers serve a request: fallback chains and weighted load balancing. Without rules, each request goes to the best-scoring provider for its model."
    >
      <label htmlFor="routing-config" className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        Routing rules (JSON)
      </label>
      <textarea
        id="routing-config"
        value={text}
        onChange={(event) => edit(event.target.value)}
        disabled={disabled}
        rows={Math.min(24, Math.max(8, text.split("\n").length + 1))}
        spellCheck={false}
        placeholder='{ "rules": [] }'
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? "routing-config-error" : "routing-config-hint"}
        className={cn(inputClasses, "font-mono text-xs leading-5", problem && "border-red-500 focus:border-red-500 focus:ring-red-500/30")}
      />
      {problem ? (
        <p id="routing-config-error" role="alert" className="mt-1 font-mono text-xs text-red-600 dark:text-red-400">{problem}</p>
      ) : (
        <p id="routing-config-hint" className="mt-1 text-xs text-zinc-500">Leave it empty and save to remove every rule. Changes reach the gateway within 5 seconds.</p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="button" disabled={disabled || update.isPending} onClick={save}>
          {update.isPending ? "Saving…" : "Validate & save"}
        </Button>
        <Button type="button" variant="secondary" disabled={disabled} onClick={() => edit(formatRoutingConfig(ROUTING_EXAMPLE))}>
          Load example
        </Button>
        <p aria-live="polite" className="text-sm">
          {update.isSuccess ? <span className="text-emerald-700 dark:text-emerald-300">{update.data.routingConfig === null ? "Rules removed." : "Saved."}</span> : null}
        </p>
      </div>
      <RoutingHelp />
    </SettingsSection>
  );
}
