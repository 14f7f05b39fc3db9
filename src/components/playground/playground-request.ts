// The playground's form state and the OpenAI chat request it stands for. Kept as plain strings while editing (an
// empty temperature means "the model's default"), and turned into a request only when sent or shown as code.

export type TurnRole = "user" | "assistant";
export type Turn = { id: string; role: TurnRole; content: string };
export type ResponseFormatKind = "none" | "json_object" | "json_schema";

export type PlaygroundSettings = {
  system: string;
  turns: Turn[];
  temperature: string;
  maxTokens: string;
  toolsJson: string;
  responseFormat: ResponseFormatKind;
  schemaJson: string;
};

export type SettingsField = "turns" | "temperature" | "maxTokens" | "toolsJson" | "schemaJson";
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export type ChatMessage = { role: "system" | TurnRole; content: string };
export type ChatTool = { type: "function"; function: { name: string; description?: string; parameters?: Record<string, unknown> } };
export type ChatRequestBody = {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  max_tokens?: number;
  tools?: ChatTool[];
  response_format?: { type: "json_object" } | { type: "json_schema"; json_schema: { name: string; schema: Record<string, unknown> } };
  stream: true;
  stream_options: { include_usage: true };
};

export const EXAMPLE_TOOLS = JSON.stringify(
  [
    {
      type: "function",
      function: {
        name: "get_weather",
        description: "Current weather for a city",
        parameters: { type: "object", properties: { city: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } }, required: ["city"] },
      },
    },
  ],
  null,
  2,
);

export const EXAMPLE_SCHEMA = JSON.stringify({ type: "object", properties: { answer: { type: "string" }, confidence: { type: "number" } }, required: ["answer"], additionalProperties: false }, null, 2);

const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The tools textarea: empty, or an array of OpenAI function tools. Returns the tools or what is wrong. */
export function parseTools(text: string): { tools: ChatTool[] | undefined } | { error: string } {
  if (text.trim() === "") return { tools: undefined };
  const parsed = parseJson(text);
  if ("error" in parsed) return parsed;
  if (!Array.isArray(parsed.value)) return { error: 'Tools must be a JSON array of {"type": "function", "function": {...}} objects.' };
  for (const [index, tool] of parsed.value.entries()) {
    const fn = isObject(tool) ? tool.function : undefined;
    if (!isObject(tool) || tool.type !== "function" || !isObject(fn)) return { error: `Tool ${index + 1} needs "type": "function" and a "function" object.` };
    if (typeof fn.name !== "string" || !TOOL_NAME.test(fn.name)) return { error: `Tool ${index + 1}: "function.name" must be 1–64 letters, digits, underscores or dashes.` };
    if (fn.parameters !== undefined && !isObject(fn.parameters)) return { error: `Tool ${index + 1}: "function.parameters" must be a JSON schema object.` };
  }
  return { tools: parsed.value as ChatTool[] };
}

export function validateSettings(settings: PlaygroundSettings): SettingsErrors {
  const errors: SettingsErrors = {};
  if (!settings.turns.some((turn) => turn.content.trim() !== "")) errors.turns = "Write a message to send.";
  const temperature = settings.temperature.trim();
  if (temperature !== "" && !(Number(temperature) >= 0 && Number(temperature) <= 2)) errors.temperature = "Between 0 and 2.";
  const maxTokens = settings.maxTokens.trim();
  if (maxTokens !== "" && !(Number.isInteger(Number(maxTokens)) && Number(maxTokens) >= 1)) errors.maxTokens = "A whole number of at least 1.";
  const tools = parseTools(settings.toolsJson);
  if ("error" in tools) errors.toolsJson = tools.error;
  if (settings.responseFormat === "json_schema") {
    const schema = settings.schemaJson.trim() === "" ? { error: "Paste the JSON schema the answer must follow." } : parseJson(settings.schemaJson);
    if ("error" in schema) errors.schemaJson = schema.error;
    else if (!isObject(schema.value)) errors.schemaJson = "The schema must be a JSON object.";
  }
  return errors;
}

/** The request for one model; call only with settings that validate. Empty turns are left out. */
export function buildChatRequest(settings: PlaygroundSettings, model: string): ChatRequestBody {
  const messages: ChatMessage[] = [];
  if (settings.system.trim() !== "") messages.push({ role: "system", content: settings.system });
  for (const turn of settings.turns) if (turn.content.trim() !== "") messages.push({ role: turn.role, content: turn.content });
  const tools = parseTools(settings.toolsJson);
  return {
    model,
    messages,
    ...(settings.temperature.trim() !== "" ? { temperature: Number(settings.temperature) } : {}),
    ...(settings.maxTokens.trim() !== "" ? { max_tokens: Number(settings.maxTokens) } : {}),
    ...("tools" in tools && tools.tools ? { tools: tools.tools } : {}),
    ...(settings.responseFormat === "json_object" ? { response_format: { type: "json_object" as const } } : {}),
    ...(settings.responseFormat === "json_schema"
      ? { response_format: { type: "json_schema" as const, json_schema: { name: "response", schema: JSON.parse(settings.schemaJson) as Record<string, unknown> } } }
      : {}),
    stream: true,
    stream_options: { include_usage: true },
  };
}
