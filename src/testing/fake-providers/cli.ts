// Usage: tsx src/testing/fake-providers/cli.ts --format openai --port 4010 [--api-key KEY]
//          [--chunk-delay-ms 5] [--hold-before-last-chunk-ms 0] [--words-per-chunk 3] [--models a,b]
// While it runs, faults can be switched over HTTP, e.g.
//   curl -X POST localhost:4010/__fake/fault -d '{"kind":"status","status":503,"times":2}'
//   (also /__fake/faults with a JSON array, /__fake/release, /__fake/reset, GET /__fake/requests)
import { parseArgs } from "node:util";
import { startFakeProvider } from "./fake-provider";
import type { FakeProviderFormat } from "./types";

const FORMATS: readonly FakeProviderFormat[] = ["openai", "anthropic", "google"];

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number, got ${value}`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: "string", default: "openai" },
      port: { type: "string", default: "0" },
      "api-key": { type: "string" },
      "chunk-delay-ms": { type: "string" },
      "hold-before-last-chunk-ms": { type: "string" },
      "words-per-chunk": { type: "string" },
      models: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log("tsx src/testing/fake-providers/cli.ts --format openai|anthropic|google --port 4010 [--api-key KEY]");
    return;
  }
  const format = FORMATS.find((candidate) => candidate === values.format);
  if (!format) throw new Error(`--format must be one of ${FORMATS.join(", ")}`);

  const provider = await startFakeProvider({
    format,
    port: numberOption(values.port, "port"),
    apiKey: values["api-key"],
    chunkDelayMs: numberOption(values["chunk-delay-ms"], "chunk-delay-ms"),
    holdBeforeLastChunkMs: numberOption(values["hold-before-last-chunk-ms"], "hold-before-last-chunk-ms"),
    wordsPerChunk: numberOption(values["words-per-chunk"], "words-per-chunk"),
    models: values.models?.split(",").filter(Boolean),
  });
  console.log(`fake ${format} provider listening; base URL ${provider.baseUrl}`);

  const shutdown = (): void => {
    void provider.close().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
