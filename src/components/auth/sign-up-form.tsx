"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, fieldErrors } from "@/lib/trpc/errors";

export function SignUpForm({ callbackUrl = "/dashboard" }: { callbackUrl?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [signInError, setSignInError] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setSignInError("");
    try {
      await signUp.mutateAsync({ email, password, name: String(form.get("name") ?? "") || undefined });
    } catch {
      return; // shown from signUp.error below
    }
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      router.refresh();
    } else {
      setSignInError("Your account was created, but signing in failed. Please sign in.");
    }
  }

  const errors = fieldErrors(signUp.error);
  const formError = signUp.error && Object.keys(errors).length === 0 ? errorMessage(signUp.error) : signInError;
  const pending = signUp.isPending || (signUp.isSuccess && !signInError);

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field id="name" name="name" label="Name" autoComplete="name" placeholder="Ada Lovelace" error={errors.name?.[0]} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={errors.email?.[0]} />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        hint="At least 10 characters, mixing letters with digits or symbols."
        error={errors.password?.[0]}
      />
      {formError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-500/10 dark:text-red-300">
          {formError}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
