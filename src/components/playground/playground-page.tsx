"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useCurrentProject } from "@/components/dashboard/current-project";
import { PageHeader } from "@/components/dashboard/page-header";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { AnswerPanel } from "./answer-panel";
import { ConversationEditor } from "./conversation-editor";
import { ModelColumns } from "./model-columns";
import { ParametersPanel } from "./parameters-panel";
import { buildChatRequest, validateSettings, type PlaygroundSettings } from "./playground-request";
import { usePlaygroundRuns } from "./use-playground-runs";
import { ViewCodeDialog } from "./view-code-dialog";

const INITIAL_SETTINGS: PlaygroundSettings = {
  system: "",
  turns: [{ id: "turn-0", role: "user", content: "" }],
  temperature: "",
  maxTokens: "",
  toolsJson: "",
  responseFormat: "none",
  schemaJson: "",
};

// Side by side only where each answer still gets a readable width.
const ANSWER_COLUMNS: Record<number, string> = { 2: "md:grid-cols-2", 3: "md:grid-cols-2 xl:grid-cols-3" };

export function PlaygroundPage() {
  const { project } = useCurrentProject();
  const [models, setModels] = useState(["gpt-4o-mini"]);
  const [settings, setSettings] = useState(INITIAL_SETTINGS);
  const [attempted, setAttempted] = useState(false);
  const [codeOpen, setCodeOpen] = useState(false);
  const nextTurn = useRef(1);
  const runs = usePlaygroundRuns();

  const errors = validateSettings(settings);
  // An empty conversation is only worth pointing out once the user tries to send it.
  const shownErrors = attempted ? errors : { ...errors, turns: undefined };
  const valid = Object.keys(errors).length === 0;
  const bodies = useMemo(() => (valid ? models.map((model) => buildChatRequest(settings, model)) : []), [valid, models, settings]);

  const change = (partial: Partial<PlaygroundSettings>) => setSettings((current) => ({ ...current, ...partial }));
  const newTurnId = () => `turn-${nextTurn.current++}`;

  function send() {
    setAttempted(true);
    if (!valid || runs.running) return;
    runs.start(project.id, bodies);
  }

  function continueWith(text: string) {
    change({ turns: [...settings.turns, { id: newTurnId(), role: "assistant", content: text }, { id: newTurnId(), role: "user", content: "" }] });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  }

  return (
    <div onKeyDown={onKeyDown}>
      <PageHeader
        title="Playground"
        description={`Try models on ${project.name}: requests go through the gateway with this project's provider keys and credits, and appear in the request log.`}
        action={
          <Button variant="secondary" disabled={!valid} onClick={() => setCodeOpen(true)} title={valid ? undefined : "Fix the highlighted fields first"}>
            View code
          </Button>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-5">
          <ModelColumns models={models} onChange={setModels} />
          <ConversationEditor
            system={settings.system}
            turns={settings.turns}
            error={shownErrors.turns}
            onSystemChange={(system) => change({ system })}
            onTurnsChange={(turns) => change({ turns })}
            newTurnId={newTurnId}
          />
        </div>
        <aside aria-labelledby="playground-parameters" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 lg:self-start dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="playground-parameters" className="text-sm font-semibold">
            Parameters
          </h2>
          <ParametersPanel settings={settings} errors={shownErrors} onChange={change} />
        </aside>
      </div>
      <div className="my-6 flex flex-wrap items-center gap-3">
        <Button onClick={send} disabled={runs.running}>
          {runs.running ? "Sending…" : models.length > 1 ? `Send to ${models.length} models` : "Send"}
        </Button>
        {runs.running ? (
          <Button variant="secondary" onClick={runs.stop}>
            Stop
          </Button>
        ) : null}
        <p id="playground-send-hint" className="text-xs text-zinc-500">
          Ctrl+Enter (⌘+Enter) sends. Answers stream through the gateway and are billed like any request.
        </p>
      </div>
      <section aria-label="Answers">
        {runs.answers.length === 0 ? (
          <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center text-sm text-zinc-500 dark:border-zinc-700">
            <p className="font-medium text-zinc-700 dark:text-zinc-300">No answer yet</p>
            <p className="mx-auto mt-1 max-w-md">Pick a model, write a message and press Send. Compare up to three models on the same prompt, with tokens, cost and latency for each.</p>
          </div>
        ) : (
          <div className={cn("grid gap-4", ANSWER_COLUMNS[runs.answers.length])}>
            {runs.answers.map((answer, index) => (
              <AnswerPanel key={index} answer={answer} onContinue={() => continueWith(answer.text)} />
            ))}
          </div>
        )}
      </section>
      <ViewCodeDialog open={codeOpen} onClose={() => setCodeOpen(false)} bodies={bodies} />
    </div>
  );
}
