// How retained bodies are shown. The gateway keeps the request as JSON (or, past 256 KB, a cut preview) and the
// response as the text it sent: a JSON completion, or the SSE events of a stream (without the final [DONE]).

/** The gateway's cut-off for a kept body, in characters. */
export const RETAINED_BODY_LIMIT = 256 * 1024;

export type RequestBodyView = { text: string; truncated: boolean };
export type ResponseBodyView =
  | { kind: "json"; text: string; truncated: boolean }
  | { kind: "sse"; text: string; raw: string; events: number; truncated: boolean }
  | { kind: "text"; text: string; truncated: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function viewRequestBody(body: unknown): RequestBodyView {
  // Written by the gateway when the request was too big to keep whole: the start of its JSON text.
  if (isRecord(body) && body.truncated === true && typeof body.preview === "string" && Object.keys(body).length === 2) {
    return { text: body.preview, truncated: true };
  }
  return { text: JSON.stringify(body, null, 2), truncated: false };
}

/** The text of an OpenAI chunk's choices, and an error event's message. */
function chunkText(data: unknown): string {
  if (!isRecord(data)) return "";
  if (isRecord(data.error)) return `\n[error] ${String(data.error.message ?? "")}`;
  const choices = Array.isArray(data.choices) ? data.choices : [];
  return choices.map((choice) => (isRecord(choice) && isRecord(choice.delta) && typeof choice.delta.content === "string" ? choice.delta.content : "")).join("");
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function viewResponseBody(body: string): ResponseBodyView {
  const truncated = body.length >= RETAINED_BODY_LIMIT;
  const trimmed = body.trimStart();
  if (trimmed.startsWith("data:") || trimmed.startsWith("event:")) {
    let text = "";
    let events = 0;
    for (const line of body.split(/\r?\n/)) {
      if (!line.startsWith("data:")) continue;
      const data = line.slice(5).trim();
      if (data === "[DONE]") continue;
      const parsed = parseJson(data);
      // A cut-off body ends in half an event: it is left to the raw view.
      if (!parsed.ok) continue;
      events += 1;
      text += chunkText(parsed.value);
    }
    return { kind: "sse", text, raw: body, events, truncated };
  }
  const parsed = parseJson(body);
  return parsed.ok ? { kind: "json", text: JSON.stringify(parsed.value, null, 2), truncated } : { kind: "text", text: body, truncated };
}
