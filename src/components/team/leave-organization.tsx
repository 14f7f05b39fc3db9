"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import type { MemberRole } from "@/generated/prisma/enums";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { TeamSection } from "./team-section";

export function LeaveOrganization({ organization }: { organization: { id: string; name: string; role: MemberRole } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const members = useQuery(trpc.members.list.queryOptions({ organizationId: organization.id }));
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.viewer.me.queryFilter());
        router.push("/dashboard");
      },
    }),
  );
  // The server refuses this too; saying so up front spares a confirmation that can only fail.
  const lastOwner = organization.role === "owner" && members.data !== undefined && members.data.filter((m) => m.role === "owner").length <= 1;

  function close() {
    leave.reset();
    setConfirming(false);
  }

  return (
    <TeamSection id="leave-heading" title="Leave organization" description={`You lose access to ${organization.name} and its projects. Someone must invite you again to come back.`}>
      <div className="px-4 pb-5 sm:px-6">
        {lastOwner ? (
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-300">You are the only owner. Make another member an owner before you leave.</p>
        ) : null}
        <Button variant="secondary" className="disabled:opacity-50" disabled={lastOwner} onClick={() => setConfirming(true)}>
          <span className="text-red-600 dark:text-red-400">Leave {organization.name}</span>
        </Button>
      </div>
      <Dialog open={confirming} onClose={close} title={`Leave ${organization.name}?`}>
        <p className="text-sm text-zinc-600 dark:text-zinc-300">You will no longer see its projects, keys or logs. This takes effect at once.</p>
        <DialogFooter
          error={leave.error ? errorMessage(leave.error) : null}
          onCancel={close}
          variant="danger"
          confirmLabel="Leave organization"
          pendingLabel="Leaving…"
          pending={leave.isPending || leave.isSuccess}
          onConfirm={() => leave.mutate({ organizationId: organization.id })}
        />
      </Dialog>
    </TeamSection>
  );
}
