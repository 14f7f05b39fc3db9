"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { cn } from "@/lib/cn";
import { curlSnippet, openAiSdkSnippet } from "./snippets";

/** Shows a newly created key in full — the only time it can be seen — with snippets ready to paste. */
export function NewKeyDialog({ apiKey, onClose }: { apiKey: string | null; onClose: () => void }) {
  const [tab, setTab] = useState<"curl" | "sdk">("curl");
  const snippet = apiKey ? (tab === "curl" ? curlSnippet(apiKey) : openAiSdkSnippet(apiKey)) : "";
  return (
    <Dialog open={apiKey !== null} onClose={onClose} title="Your new API key">
      <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">
        Copy it now. For your security it will not be shown again.
      </p>
      <div className="flex items-center gap-2">
        <code data-testid="new-api-key" className="min-w-0 flex-1 select-all break-all rounded-md bg-zinc-100 px-3 py-2 font-mono text-sm dark:bg-zinc-800">
          {apiKey}
        </code>
        <CopyButton text={apiKey ?? ""} />
      </div>
      <div className="mt-5">
        <div role="tablist" aria-label="Code sample" className="mb-2 flex gap-1 text-sm">
          {(["curl", "sdk"] as const).map((option) => (
            <button
              key={option}
              role="tab"
              aria-selected={tab === option}
              onClick={() => setTab(option)}
              className={cn("rounded-md px-3 py-1", tab === option ? "bg-zinc-900 text-white dark:bg-white dark:text-zinc-900" : "text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800")}
            >
              {option === "curl" ? "curl" : "OpenAI SDK"}
            </button>
          ))}
        </div>
        <pre className="max-h-64 overflow-auto rounded-md bg-zinc-950 p-3 font-mono text-xs leading-5 text-zinc-200">{snippet}</pre>
        <div className="mt-2 flex justify-end">
          <CopyButton text={snippet} label="Copy snippet" />
        </div>
      </div>
      <div className="mt-6 flex justify-end">
        <Button onClick={onClose}>I have saved my key</Button>
      </div>
    </Dialog>
  );
}
