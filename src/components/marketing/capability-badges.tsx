import { cn } from "@/lib/cn";
import { AVAILABILITY_LABELS, CAPABILITY_LABELS, type Availability, type CapabilityKey } from "./catalog-labels";

export function CapabilityBadges({ capabilities }: { capabilities: readonly CapabilityKey[] }) {
  if (capabilities.length === 0) return <span className="text-zinc-400">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Capabilities">
      {capabilities.map((capability) => (
        <li key={capability} className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          {CAPABILITY_LABELS[capability]}
        </li>
      ))}
    </ul>
  );
}

const AVAILABILITY_STYLES: Record<Availability, string> = {
  stable: "bg-emerald-50 text-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-300",
  beta: "bg-sky-50 text-sky-800 dark:bg-sky-500/10 dark:text-sky-300",
  deprecated: "bg-amber-50 text-amber-800 dark:bg-amber-500/10 dark:text-amber-300",
  retired: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
};

/** Stable is the norm, so by default only the exceptions get a badge. */
export function AvailabilityBadge({ availability, showStable = false }: { availability: Availability; showStable?: boolean }) {
  if (availability === "stable" && !showStable) return null;
  return (
    <span className={cn("inline-block rounded px-1.5 py-0.5 text-xs font-medium", AVAILABILITY_STYLES[availability])}>
      {AVAILABILITY_LABELS[availability]}
    </span>
  );
}
