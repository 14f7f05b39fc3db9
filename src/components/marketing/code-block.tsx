import { CopyButton } from "@/components/ui/copy-button";

/** A titled code block with a copy button. Plain <pre>: the code reads the same with or without JavaScript. */
export function CodeBlock({ title, code }: { title?: string; code: string }) {
  return (
    <figure className="my-4 min-w-0 overflow-hidden rounded-xl border border-zinc-800 bg-zinc-950 text-zinc-200">
      <div className="flex items-center justify-between gap-2 border-b border-zinc-800 py-1.5 pr-1.5 pl-4">
        <figcaption className="truncate text-xs text-zinc-400">{title ?? ""}</figcaption>
        <CopyButton text={code} />
      </div>
      <pre className="overflow-x-auto p-4 font-mono text-[13px] leading-6">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
