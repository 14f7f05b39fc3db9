"use client";

import { Field } from "@/components/ui/field";
import { EXAMPLE_SCHEMA, EXAMPLE_TOOLS, type PlaygroundSettings, type ResponseFormatKind, type SettingsErrors } from "./playground-request";
import { JsonTextarea } from "./json-textarea";

type Props = { settings: PlaygroundSettings; errors: SettingsErrors; onChange: (change: Partial<PlaygroundSettings>) => void };

const FORMATS: Array<{ value: ResponseFormatKind; label: string }> = [
  { value: "none", label: "Text" },
  { value: "json_object", label: "JSON object" },
  { value: "json_schema", label: "JSON schema" },
];

const insertButton = "rounded px-1.5 text-xs text-brand-600 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-brand-500/15";

/** Sampling parameters, tools and the response format: the same for every model in a comparison. */
export function ParametersPanel({ settings, errors, onChange }: Props) {
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-2 gap-3">
        <Field
          id="playground-temperature"
          label="Temperature"
          type="number"
          inputMode="decimal"
          min={0}
          max={2}
          step={0.1}
          placeholder="default"
          value={settings.temperature}
          onChange={(event) => onChange({ temperature: event.target.value })}
          error={errors.temperature}
          hint="0–2"
        />
        <Field
          id="playground-max-tokens"
          label="Max tokens"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          placeholder="default"
          value={settings.maxTokens}
          onChange={(event) => onChange({ maxTokens: event.target.value })}
          error={errors.maxTokens}
          hint="Caps cost too"
        />
      </div>
      <fieldset>
        <legend className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200">Response format</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {FORMATS.map((format) => (
            <label key={format.value} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name="playground-response-format"
                value={format.value}
                checked={settings.responseFormat === format.value}
                onChange={() => onChange({ responseFormat: format.value })}
                className="accent-brand-600"
              />
              {format.label}
            </label>
          ))}
        </div>
      </fieldset>
      {settings.responseFormat === "json_schema" ? (
        <JsonTextarea
          id="playground-schema"
          label="JSON schema"
          value={settings.schemaJson}
          onChange={(schemaJson) => onChange({ schemaJson })}
          error={errors.schemaJson}
          hint='Sent as response_format.json_schema.schema (named "response").'
          placeholder='{ "type": "object", "properties": { … } }'
          action={settings.schemaJson.trim() === "" ? <button type="button" className={insertButton} onClick={() => onChange({ schemaJson: EXAMPLE_SCHEMA })}>Insert example</button> : null}
        />
      ) : settings.responseFormat === "json_object" ? (
        <p className="text-xs text-zinc-500">Some providers (OpenAI among them) also want the word “JSON” in a message.</p>
      ) : null}
      <JsonTextarea
        id="playground-tools"
        label="Tools (JSON)"
        value={settings.toolsJson}
        onChange={(toolsJson) => onChange({ toolsJson })}
        error={errors.toolsJson}
        hint="An array of OpenAI function tools. Leave empty for none."
        placeholder='[{ "type": "function", "function": { "name": "…", "parameters": { … } } }]'
        action={settings.toolsJson.trim() === "" ? <button type="button" className={insertButton} onClick={() => onChange({ toolsJson: EXAMPLE_TOOLS })}>Insert example</button> : null}
      />
    </div>
  );
}
