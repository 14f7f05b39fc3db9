"use client";

import { useState, type KeyboardEvent } from "react";
import { useGatewayBaseUrl } from "@/components/api-keys/snippets";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { cn } from "@/lib/cn";
import { curlSnippet, openAiSdkSnippet } from "./code-snippets";
import type { ChatRequestBody } from "./playground-request";

const TABS = [
  { id: "curl", label: "curl" },
  { id: "sdk", label: "OpenAI SDK (TypeScript)" },
] as const;
type TabId = (typeof TABS)[number]["id"];

/** The current settings as code to run against /v1 with an API key (one snippet per model when comparing). */
export function ViewCodeDialog({ open, onClose, bodies }: { open: boolean; onClose: () => void; bodies: ChatRequestBody[] }) {
  const baseUrl = useGatewayBaseUrl();
  const [tab, setTab] = useState<TabId>("curl");
  const [modelIndex, setModelIndex] = useState(0);
  const body = bodies[Math.min(modelIndex, bodies.length - 1)];
  const code = body ? (tab === "curl" ? curlSnippet(body, baseUrl) : openAiSdkSnippet(body, baseUrl)) : "";

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const next = TABS[(TABS.findIndex((candidate) => candidate.id === tab) + 1) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`code-tab-${next.id}`)?.focus();
  }

  return (
    <Dialog open={open} onClose={onClose} title="View code">
      <p className="mb-3 text-sm text-zinc-500">
        The same request through the gateway API. Create a key under API keys and export it as <code className="font-mono">SWITCHBOARD_API_KEY</code>.
      </p>
      {bodies.length > 1 ? (
        <label className="mb-3 flex items-center gap-2 text-sm">
          Model
          <select value={modelIndex} onChange={(event) => setModelIndex(Number(event.target.value))} className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900">
            {bodies.map((candidate, index) => (
              <option key={`${candidate.model}-${index}`} value={index}>
                {candidate.model}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div role="tablist" aria-label="Language" className="mb-2 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {TABS.map((candidate) => (
          <button
            key={candidate.id}
            id={`code-tab-${candidate.id}`}
            type="button"
            role="tab"
            aria-selected={tab === candidate.id}
            aria-controls="code-panel"
            tabIndex={tab === candidate.id ? 0 : -1}
            onClick={() => setTab(candidate.id)}
            onKeyDown={onTabKey}
            className={cn(
              "-mb-px border-b-2 px-3 py-1.5 text-sm",
              tab === candidate.id ? "border-brand-600 font-medium text-brand-700 dark:text-brand-100" : "border-transparent text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200",
            )}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      <div id="code-panel" role="tabpanel" aria-labelledby={`code-tab-${tab}`}>
        <pre data-testid="code-snippet" className="max-h-[50vh] overflow-auto rounded-lg bg-zinc-950 p-3 font-mono text-xs leading-5 text-zinc-100">
          {code}
        </pre>
      </div>
      <div className="mt-4 flex justify-end gap-2">
        <CopyButton text={code} />
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}
