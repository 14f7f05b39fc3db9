import { cn } from "@/lib/cn";
import { statusTone, type StatusTone } from "./format-request-log";

const TONE_STYLES: Record<StatusTone, string> = {
  success: "bg-emerald-50 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300",
  "client-error": "bg-amber-50 text-amber-700 dark:bg-amber-500/10 dark:text-amber-300",
  "server-error": "bg-red-50 text-red-700 dark:bg-red-500/10 dark:text-red-300",
  cancelled: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
};

export function StatusBadge({ status, title }: { status: number; title?: string }) {
  return (
    <span className={cn("rounded-full px-2 py-0.5 font-mono text-xs font-medium", TONE_STYLES[statusTone(status)])} title={title}>
      {status}
    </span>
  );
}

/** A small label beside the status, e.g. "Cached". */
export function Tag({ children, tone = "neutral" }: { children: string; tone?: "neutral" | "brand" }) {
  return (
    <span
      className={cn(
        "rounded-full px-2 py-0.5 text-xs font-medium",
        tone === "brand" ? "bg-brand-50 text-brand-700 dark:bg-brand-500/10 dark:text-brand-100" : "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300",
      )}
    >
      {children}
    </span>
  );
}
