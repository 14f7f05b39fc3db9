"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";
import { TTL_UNITS, splitTtl, toTtlSeconds, type TtlUnit } from "./cache-ttl";
import { SettingsSection } from "./settings-section";

type Props = { projectId: string; enabled: boolean; ttlSeconds: number; disabled: boolean };

export function CacheSettingsForm({ projectId, enabled: savedEnabled, ttlSeconds, disabled }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const initial = splitTtl(ttlSeconds);
  const [enabled, setEnabled] = useState(savedEnabled);
  const [amount, setAmount] = useState(String(initial.amount));
  const [unit, setUnit] = useState<TtlUnit>(initial.unit);
  const update = useMutation(trpc.projects.updateCache.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.projects.get.queryFilter({ projectId })) }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ projectId, enabled, ttlSeconds: toTtlSeconds(amount, unit) });
  }

  const ttlError = fieldErrors(update.error).ttlSeconds?.[0];
  return (
    <SettingsSection
      title="Response cache"
      description="Identical chat requests (same model, messages and parameters) are answered from the cache. A cache hit is not sent to any provider, so it costs nothing and returns at once."
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Switch id="cache-enabled" label="Cache responses" checked={enabled} disabled={disabled} onChange={(next) => (setEnabled(next), update.reset())} />
        <div>
          <label htmlFor="cache-ttl" className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            Keep cached answers for
          </label>
          <div className="flex max-w-sm gap-2">
            <input
              id="cache-ttl"
              type="number"
              inputMode="decimal"
              min={0}
              value={amount}
              disabled={disabled}
              aria-invalid={ttlError ? true : undefined}
              aria-describedby={ttlError ? "cache-ttl-error" : "cache-ttl-hint"}
              onChange={(event) => (setAmount(event.target.value), update.reset())}
              className={cn(inputClasses, "w-32", ttlError && "border-red-500 focus:border-red-500 focus:ring-red-500/30")}
            />
            <select
              aria-label="TTL unit"
              value={unit}
              disabled={disabled}
              onChange={(event) => (setUnit(event.target.value as TtlUnit), update.reset())}
              className={cn(inputClasses, "w-36")}
            >
              {TTL_UNITS.map((option) => (
                <option key={option.unit} value={option.unit}>
                  {option.unit}
                </option>
              ))}
            </select>
          </div>
          {ttlError ? (
            <p id="cache-ttl-error" role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">{ttlError}</p>
          ) : (
            <p id="cache-ttl-hint" className="mt-1 text-xs text-zinc-500">From 10 seconds to 1 year.</p>
          )}
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-300">
          To skip the cache for one request, send the header <code className="rounded bg-zinc-100 px-1 font-mono text-xs dark:bg-zinc-800">x-no-cache: true</code>. Changes reach the gateway within 5 seconds.
        </p>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={disabled || update.isPending}>
            {update.isPending ? "Saving…" : "Save cache settings"}
          </Button>
          <p aria-live="polite" className="text-sm">
            {update.isSuccess ? <span className="text-emerald-700 dark:text-emerald-300">Saved.</span> : null}
            {update.error && !ttlError ? <span role="alert" className="text-red-600">{errorMessage(update.error)}</span> : null}
          </p>
        </div>
      </form>
    </SettingsSection>
  );
}
