import { createParser } from "eventsource-parser";

/**
 * The `data` payloads of a server-sent-event stream, as they arrive. EventSource cannot POST, so the playground reads
 * the fetch body itself; the parser deals with events split across network chunks and with CRLF line ends.
 */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const pending: string[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event.data) });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      while (pending.length > 0) yield pending.shift()!;
    }
    parser.feed(decoder.decode());
    while (pending.length > 0) yield pending.shift()!;
  } finally {
    // A consumer that stops early (the user pressed Stop) must not leave the connection open.
    reader.cancel().catch(() => {});
  }
}
