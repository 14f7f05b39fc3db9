import { CAPABILITIES, type Capability } from "./model-options";

/** The capabilities a model has, as small tags (in a fixed order, so lists line up). */
export function CapabilityTags({ capabilities }: { capabilities: ReadonlySet<Capability> }) {
  const present = CAPABILITIES.filter((capability) => capabilities.has(capability.id));
  if (present.length === 0) return null;
  return (
    <span className="flex flex-wrap gap-1">
      {present.map((capability) => (
        <span key={capability.id} className="rounded bg-zinc-100 px-1.5 py-0.5 text-[11px] font-medium text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
          {capability.label}
        </span>
      ))}
    </span>
  );
}
