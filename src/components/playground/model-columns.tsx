"use client";

import { Button } from "@/components/ui/button";
import { ModelPicker } from "./model-picker";

export const MAX_COMPARED_MODELS = 3;
// What "Compare" adds first: cheap, fast models from different vendors, so a comparison says something.
const SUGGESTIONS = ["gpt-4o-mini", "claude-haiku-4-5", "gemini-2.5-flash", "gpt-4.1-nano", "llama-3.3-70b"];

export function suggestModel(models: readonly string[]): string {
  return SUGGESTIONS.find((model) => !models.includes(model)) ?? SUGGESTIONS[0]!;
}

/** One model picker, or two to three side by side when comparing. */
export function ModelColumns({ models, onChange }: { models: string[]; onChange: (models: string[]) => void }) {
  const comparing = models.length > 1;
  return (
    <div>
      <div className={comparing ? "grid gap-4 sm:grid-cols-2 xl:grid-cols-3" : "max-w-xl"}>
        {models.map((model, index) => (
          <ModelPicker
            key={index}
            id={`playground-model-${index}`}
            label={comparing ? `Model ${index + 1}` : "Model"}
            value={model}
            onChange={(next) => onChange(models.map((current, position) => (position === index ? next : current)))}
            onRemove={comparing ? () => onChange(models.filter((_, position) => position !== index)) : undefined}
          />
        ))}
      </div>
      {models.length < MAX_COMPARED_MODELS ? (
        <Button variant="secondary" className="mt-3" onClick={() => onChange([...models, suggestModel(models)])}>
          {comparing ? "Add a model" : "Compare with another model"}
        </Button>
      ) : null}
    </div>
  );
}
