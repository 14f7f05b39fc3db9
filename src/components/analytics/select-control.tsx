import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";

/** A labelled native select: small, keyboard- and phone-friendly. */
export function SelectControl<T extends string>({ id, label, value, options, onChange }: { id: string; label: string; value: T; options: ReadonlyArray<{ value: T; label: string }>; onChange: (value: T) => void }) {
  return (
    <div className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-300">
      <label htmlFor={id} className="shrink-0">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)} className={cn(inputClasses, "w-auto py-1.5")}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
