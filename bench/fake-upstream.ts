// The benchmark's upstream: the project's fake OpenAI-compatible provider (src/testing/fake-providers) in its own
// process, streaming with no delay between frames. Prints one JSON line `{"ready":true,...}` when listening.
// It forgets recorded requests every second (the fake keeps them for tests) so a long run does not grow it, and it
// exits when its parent goes away (stdin closes) or on SIGTERM/SIGINT.
//   node --import tsx bench/fake-upstream.ts --api-key KEY [--port 0] [--chunk-delay-ms 0] [--words-per-chunk 3]
import { parseArgs } from "node:util";
import { startFakeProvider } from "../src/testing/fake-providers";

const { values } = parseArgs({
  options: {
    "api-key": { type: "string" },
    port: { type: "string", default: "0" },
    "chunk-delay-ms": { type: "string", default: "0" },
    "words-per-chunk": { type: "string", default: "3" },
  },
});

const provider = await startFakeProvider({
  format: "openai",
  port: Number(values.port),
  apiKey: values["api-key"],
  chunkDelayMs: Number(values["chunk-delay-ms"]),
  wordsPerChunk: Number(values["words-per-chunk"]),
});

const forget = setInterval(() => {
  provider.requests.length = 0;
}, 1000);
forget.unref();

let closing = false;
function shutdown(): void {
  if (closing) return;
  closing = true;
  clearInterval(forget);
  const force = setTimeout(() => process.exit(0), 2000);
  force.unref();
  void provider.close().then(() => process.exit(0));
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
process.stdin.on("end", shutdown).on("close", shutdown).resume();

console.log(JSON.stringify({ ready: true, origin: provider.origin, baseUrl: provider.baseUrl, pid: process.pid }));
