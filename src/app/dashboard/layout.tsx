import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { DashboardShell } from "@/components/dashboard/shell";
import { TrpcReactProvider } from "@/lib/trpc/react";
import { currentUserId } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  if (!(await currentUserId())) redirect("/signin?callbackUrl=/dashboard");
  return (
    <TrpcReactProvider>
      <DashboardShell>{children}</DashboardShell>
    </TrpcReactProvider>
  );
}
