import type { MemberRole } from "@/generated/prisma/enums";
import { cn } from "@/lib/cn";
import { ROLE_LABELS } from "./roles";

const STYLES: Record<MemberRole, string> = {
  owner: "bg-brand-50 text-brand-700 dark:bg-brand-500/15 dark:text-brand-100",
  admin: "bg-emerald-50 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300",
  developer: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

export function RoleBadge({ role }: { role: MemberRole }) {
  return <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", STYLES[role])}>{ROLE_LABELS[role]}</span>;
}
