import assert from "node:assert/strict";
import { test } from "node:test";
import { sseData } from "./sse-data";

function streamOf(pieces: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
}

test("events split across chunks, CRLF line ends and comments come out as whole data payloads", async () => {
  const received: string[] = [];
  for await (const data of sseData(streamOf(['data: {"a":', "1}\n\n: keep-alive\n\n", 'data: {"b":2}\r\n\r\ndata: [DONE]\n\n']))) received.push(data);
  assert.deepEqual(received, ['{"a":1}', '{"b":2}', "[DONE]"]);
});

test("a multi-byte character split between chunks is decoded intact", async () => {
  const bytes = new TextEncoder().encode('data: "héllo"\n\n');
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, 9));
      controller.enqueue(bytes.slice(9));
      controller.close();
    },
  });
  const received: string[] = [];
  for await (const data of sseData(stream)) received.push(data);
  assert.deepEqual(received, ['"héllo"']);
});
