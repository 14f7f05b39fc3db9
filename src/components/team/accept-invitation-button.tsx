"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { rememberProject } from "@/components/dashboard/current-project";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";

export function AcceptInvitationButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: (joined) => {
        // Open the dashboard on the organization just joined, not on the one the user already had.
        if (joined.projectId) rememberProject(joined.projectId);
        router.push("/dashboard/team");
      },
    }),
  );
  const busy = accept.isPending || accept.isSuccess;
  return (
    <>
      {accept.error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-500/10 dark:text-red-300">
          {errorMessage(accept.error)}
        </p>
      ) : null}
      <Button className="w-full" disabled={busy} onClick={() => accept.mutate({ token })}>
        {busy ? "Joining…" : "Accept invitation"}
      </Button>
    </>
  );
}

export function SignOutToSwitch({ callbackUrl, label, quiet = false }: { callbackUrl: string; label: string; quiet?: boolean }) {
  return (
    <Button variant={quiet ? "ghost" : "secondary"} className="w-full" onClick={() => signOut({ callbackUrl })}>
      {label}
    </Button>
  );
}
