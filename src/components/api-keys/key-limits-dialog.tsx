"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field, inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";
import type { KeyLimits } from "./format-key-limits";

type Key = KeyLimits & { id: string; name: string };

const PERIODS: ReadonlyArray<{ value: KeyLimits["spendPeriod"]; label: string }> = [
  { value: "lifetime", label: "In total (lifetime)" },
  { value: "day", label: "Per day (UTC)" },
  { value: "week", label: "Per week" },
  { value: "month", label: "Per month" },
];

/** Empty means "no limit"; anything else goes to the server as a number, which explains what is wrong with it. */
const optionalNumber = (value: string) => (value.trim() === "" ? null : Number(value));

export function KeyLimitsDialog({ projectId, apiKey, open, onClose }: { projectId: string; apiKey: Key; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.apiKeys.updateLimits.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.apiKeys.list.queryFilter({ projectId }));
        close();
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const spendLimit = text("spendLimitUsd").trim();
    update.mutate({
      projectId,
      apiKeyId: apiKey.id,
      rateLimitRpm: optionalNumber(text("rateLimitRpm")),
      rateLimitTpm: optionalNumber(text("rateLimitTpm")),
      allowedModels: text("allowedModels").split(/[\s,]+/).filter(Boolean),
      spendLimitUsd: spendLimit === "" ? null : spendLimit,
      spendPeriod: text("spendPeriod") as KeyLimits["spendPeriod"],
    });
  }

  function close() {
    update.reset();
    onClose();
  }

  const errors = fieldErrors(update.error);
  const id = (name: string) => `limits-${apiKey.id}-${name}`;
  return (
    <Dialog open={open} onClose={close} title={`Limits for ${apiKey.name}`}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={id("rpm")} name="rateLimitRpm" inputMode="numeric" label="Requests per minute" placeholder="No limit" defaultValue={apiKey.rateLimitRpm ?? ""} autoFocus error={errors.rateLimitRpm?.[0]} />
          <Field id={id("tpm")} name="rateLimitTpm" inputMode="numeric" label="Tokens per minute" placeholder="No limit" defaultValue={apiKey.rateLimitTpm ?? ""} error={errors.rateLimitTpm?.[0]} />
        </div>
        <div>
          <label htmlFor={id("models")} className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            Allowed models
          </label>
          <textarea
            id={id("models")}
            name="allowedModels"
            rows={3}
            spellCheck={false}
            defaultValue={apiKey.allowedModels.join("\n")}
            placeholder={"gpt-4o-mini\nanthropic/claude-haiku-4-5"}
            aria-invalid={errors.allowedModels ? true : undefined}
            aria-describedby={errors.allowedModels ? `${id("models")}-error` : `${id("models")}-hint`}
            className={cn(inputClasses, "font-mono text-xs", errors.allowedModels && "border-red-500")}
          />
          {errors.allowedModels ? (
            <p id={`${id("models")}-error`} role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">{errors.allowedModels[0]}</p>
          ) : (
            <p id={`${id("models")}-hint`} className="mt-1 text-xs text-zinc-500">One model id per line (bare, provider/model or your-slug/model). Empty allows every model.</p>
          )}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={id("spend")} name="spendLimitUsd" inputMode="decimal" label="Spend limit in USD" placeholder="No limit" defaultValue={apiKey.spendLimitUsd ?? ""} error={errors.spendLimitUsd?.[0]} />
          <div>
            <label htmlFor={id("period")} className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
              Spend period
            </label>
            <select id={id("period")} name="spendPeriod" defaultValue={apiKey.spendPeriod} className={inputClasses}>
              {PERIODS.map((period) => (
                <option key={period.value} value={period.value}>{period.label}</option>
              ))}
            </select>
          </div>
        </div>
        <p className="text-xs text-zinc-500">Leave a field empty for no limit. New limits apply to requests within 5 seconds.</p>
        <DialogFooter
          error={update.error && Object.keys(errors).length === 0 ? errorMessage(update.error) : null}
          onCancel={close}
          confirmLabel="Save limits"
          pendingLabel="Saving…"
          pending={update.isPending}
        />
      </form>
    </Dialog>
  );
}
