"use client";

import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import type { Turn, TurnRole } from "./playground-request";

type Props = {
  system: string;
  turns: Turn[];
  error?: string;
  onSystemChange: (system: string) => void;
  onTurnsChange: (turns: Turn[]) => void;
  newTurnId: () => string;
};

const labelClasses = "mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200";

/** The system prompt and the conversation so far: user and assistant turns that can be added, edited and removed. */
export function ConversationEditor({ system, turns, error, onSystemChange, onTurnsChange, newTurnId }: Props) {
  const update = (id: string, change: Partial<Turn>) => onTurnsChange(turns.map((turn) => (turn.id === id ? { ...turn, ...change } : turn)));
  const add = (role: TurnRole) => onTurnsChange([...turns, { id: newTurnId(), role, content: "" }]);

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="playground-system" className={labelClasses}>
          System prompt
        </label>
        <textarea
          id="playground-system"
          value={system}
          onChange={(event) => onSystemChange(event.target.value)}
          rows={2}
          placeholder="Optional: how the model should behave"
          className={cn(inputClasses, "resize-y")}
        />
      </div>
      <fieldset>
        <legend className={labelClasses}>Messages</legend>
        <ol className="space-y-3">
          {turns.map((turn, index) => (
            <li key={turn.id} className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
              <div className="mb-2 flex items-center justify-between gap-2">
                <label className="sr-only" htmlFor={`turn-role-${turn.id}`}>
                  Role of message {index + 1}
                </label>
                <select
                  id={`turn-role-${turn.id}`}
                  value={turn.role}
                  onChange={(event) => update(turn.id, { role: event.target.value as TurnRole })}
                  className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs font-semibold uppercase tracking-wide text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
                >
                  <option value="user">User</option>
                  <option value="assistant">Assistant</option>
                </select>
                {turns.length > 1 ? (
                  <button
                    type="button"
                    onClick={() => onTurnsChange(turns.filter((candidate) => candidate.id !== turn.id))}
                    className="rounded px-1.5 text-xs text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:hover:bg-zinc-800 dark:hover:text-zinc-200"
                  >
                    Remove<span className="sr-only"> message {index + 1}</span>
                  </button>
                ) : null}
              </div>
              <label className="sr-only" htmlFor={`turn-content-${turn.id}`}>
                Message {index + 1} ({turn.role})
              </label>
              <textarea
                id={`turn-content-${turn.id}`}
                value={turn.content}
                onChange={(event) => update(turn.id, { content: event.target.value })}
                rows={3}
                placeholder={turn.role === "user" ? "Ask something…" : "What the assistant said earlier"}
                aria-invalid={error && index === turns.length - 1 ? true : undefined}
                aria-describedby={error ? "playground-turns-error" : "playground-send-hint"}
                className={cn(inputClasses, "resize-y")}
              />
            </li>
          ))}
        </ol>
        {error ? (
          <p id="playground-turns-error" role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">
            {error}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => add("user")}>
            Add user message
          </Button>
          <Button variant="secondary" onClick={() => add("assistant")}>
            Add assistant message
          </Button>
        </div>
      </fieldset>
    </div>
  );
}
