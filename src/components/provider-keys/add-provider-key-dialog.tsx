"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field, inputClasses } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";
import { CUSTOM_PROVIDER, PROVIDER_OPTIONS } from "./provider-options";

export function AddProviderKeyDialog({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [providerId, setProviderId] = useState(PROVIDER_OPTIONS[0]!.id);
  const create = useMutation(
    trpc.providerCredentials.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.providerCredentials.list.queryFilter({ projectId }));
        close();
      },
    }),
  );
  const isCustom = providerId === CUSTOM_PROVIDER;
  const provider = PROVIDER_OPTIONS.find((option) => option.id === providerId);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    create.mutate({
      projectId,
      providerId,
      name: text("name"),
      apiKey: text("apiKey"),
      customSlug: isCustom ? text("customSlug") : undefined,
      baseUrl: text("baseUrl") || undefined,
    });
  }

  function close() {
    create.reset();
    setProviderId(PROVIDER_OPTIONS[0]!.id);
    onClose();
  }

  const errors = fieldErrors(create.error);
  const baseUrlField = (
    <Field
      id="provider-base-url"
      name="baseUrl"
      label={isCustom ? "Base URL" : "Base URL override (optional)"}
      placeholder={isCustom ? "https://llm.example.com/v1" : provider?.defaultBaseUrl}
      hint={isCustom ? "The OpenAI-compatible base, including /v1." : "Leave empty to use the provider's own API."}
      error={errors.baseUrl?.[0]}
    />
  );
  return (
    <Dialog open={open} onClose={close} title="Add provider key">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="provider-id" className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            Provider
          </label>
          <select id="provider-id" className={inputClasses} value={providerId} onChange={(event) => setProviderId(event.target.value)}>
            {PROVIDER_OPTIONS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          {errors.providerId ? <p role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">{errors.providerId[0]}</p> : null}
        </div>
        <Field id="provider-key-name" name="name" label="Name" placeholder="e.g. Production" required autoFocus error={errors.name?.[0]} />
        <Field id="provider-api-key" name="apiKey" type="password" autoComplete="off" spellCheck={false} label="API key" required error={errors.apiKey?.[0]} />
        {isCustom ? (
          <>
            <Field
              id="provider-slug"
              name="customSlug"
              label="Slug"
              placeholder="my-llm"
              hint="Call its models as <slug>/<model>. Lowercase letters, digits and dashes."
              required
              error={errors.customSlug?.[0]}
            />
            {baseUrlField}
          </>
        ) : (
          <details className="text-sm" open={Boolean(errors.baseUrl)}>
            <summary className="cursor-pointer text-zinc-600 dark:text-zinc-300">Advanced</summary>
            <div className="mt-3">{baseUrlField}</div>
          </details>
        )}
        <p className="text-xs text-zinc-500">The key is encrypted at rest. After saving, only its last four characters are shown.</p>
        <DialogFooter
          error={create.error && Object.keys(errors).length === 0 ? errorMessage(create.error) : null}
          onCancel={close}
          confirmLabel="Add key"
          pendingLabel="Saving…"
          pending={create.isPending}
        />
      </form>
    </Dialog>
  );
}
