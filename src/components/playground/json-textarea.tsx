import type { ReactNode } from "react";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";

/** A monospace JSON editor with its problem (or a hint) shown right under it. */
export function JsonTextarea({ id, label, value, onChange, error, hint, placeholder, action }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint: string;
  placeholder?: string;
  action?: ReactNode;
}) {
  return (
    <div>
      <div className="mb-1 flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {label}
        </label>
        {action}
      </div>
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={Math.min(14, Math.max(4, value.split("\n").length + 1))}
        spellCheck={false}
        // JSON reads by its indentation; soft-wrapping long lines would hide it.
        wrap="off"
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-${error ? "error" : "hint"}`}
        className={cn(inputClasses, "resize-y font-mono text-xs leading-5", error && "border-red-500 focus:border-red-500 focus:ring-red-500/30")}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 font-mono text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500">
          {hint}
        </p>
      )}
    </div>
  );
}
