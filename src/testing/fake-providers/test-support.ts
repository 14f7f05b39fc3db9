// Helpers shared by the fake providers' self-tests (raw fetch + SSE parsing).
import { createParser, type EventSourceMessage } from "eventsource-parser";

export interface SseEvent {
  event: string | undefined;
  data: string;
  /** JSON.parse(data); undefined when data is not JSON (e.g. OpenAI's [DONE]). */
  json: unknown;
  /** ms since the response started streaming, to check incremental delivery. */
  at: number;
}

/** Yields events as they arrive; the iteration ends when the body does. */
export async function* sseEvents(response: Response): AsyncGenerator<SseEvent> {
  if (!response.body) throw new Error("response has no body");
  const started = Date.now();
  const pending: SseEvent[] = [];
  const parser = createParser({
    onEvent(message: EventSourceMessage) {
      pending.push({ event: message.event, data: message.data, json: tryParse(message.data), at: Date.now() - started });
    },
  });
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      parser.feed(decoder.decode(read.value, { stream: true }));
      yield* pending.splice(0);
    }
  } finally {
    // A consumer that stops early must not leave the connection open.
    await reader.cancel().catch(() => undefined);
  }
}

export async function collectSse(response: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const event of sseEvents(response)) events.push(event);
  return events;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function postJson(url: string, body: unknown, headers: Record<string, string>, signal?: AbortSignal): Promise<Response> {
  const init = { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body), signal };
  return fetch(url, init);
}

/** Narrowing accessor for test assertions on untyped JSON: path segments are keys or indexes. */
export function pick(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
