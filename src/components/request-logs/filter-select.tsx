import type { ReactNode } from "react";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";

/** A labelled <select> of the filter bar; the empty value means "any". */
export function FilterSelect({ id, label, value, onChange, children }: { id: string; label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={cn(inputClasses, "py-1.5", value !== "" && "border-brand-500 dark:border-brand-500")}>
        {children}
      </select>
    </div>
  );
}

/** The options of a select built from values seen recently, plus the current one if it is not among them. */
export function SeenOptions({ values, current, label = (value) => value }: { values: string[]; current: string; label?: (value: string) => string }) {
  const all = current && !values.includes(current) ? [current, ...values] : values;
  return (
    <>
      {all.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
