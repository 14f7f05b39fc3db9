// Command-line options of `npm run bench` (bench/README.md explains each).
import { parseArgs } from "node:util";
import type { Mode, TargetId } from "./load";

export const ALL_TARGETS: TargetId[] = ["direct", "proxy", "proxy-request", "fast", "next"];

const HELP = `npm run bench -- [options]
  --duration <s>          measured seconds per cell (default 5; --quick: 1)
  --warmup <s>            warm-up seconds before each cell, discarded (default 2; --quick: 0.5)
  --quick                 short smoke run: 1 s cells, 0.5 s warm-ups, 100 TTFB requests
  --connections <list>    default 1,10,50
  --modes <list>          json,sse (default both)
  --targets <list>        ${ALL_TARGETS.join(",")} (default all)
  --rounds <n>            repeat the whole matrix n times, alternating targets every cell (default 1)
  --ttfb <n>              sequential stream requests per target for time to first byte (default 500; 0 = skip)
  --soak <n>              soak only: n requests through the gateway, RSS after every batch
  --soak-connections <n>  connections during the soak (default 10)
  --soak-target fast|next gateway to soak (default fast)
  --profile               CPU profile only: (c) under 50-connection load, node --cpu-prof, top 25 self-time functions
  --quiet-wait <s>        on a shared machine: before each cell, wait up to s seconds until other processes use
                          < 0.25 cores (default 0 = do not wait; cells measured under other load are marked noisy)`;

function positiveNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number, got ${value}`);
  return parsed;
}

function list<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T[], name: string): T[] {
  if (value === undefined) return fallback;
  const items = value.split(",").map((item) => item.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) throw new Error(`--${name}: unknown ${item} (allowed: ${allowed.join(", ")})`);
  return items as T[];
}

export function parseBenchOptions(argv: string[]) {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string" },
      warmup: { type: "string" },
      quick: { type: "boolean", default: false },
      connections: { type: "string" },
      modes: { type: "string" },
      targets: { type: "string" },
      rounds: { type: "string" },
      ttfb: { type: "string" },
      soak: { type: "string" },
      "soak-connections": { type: "string" },
      "soak-target": { type: "string" },
      profile: { type: "boolean", default: false },
      "quiet-wait": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (args.help) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = args.quick;
  const options = {
    durationS: positiveNumber(args.duration, quick ? 1 : 5, "duration"),
    warmupS: positiveNumber(args.warmup, quick ? 0.5 : 2, "warmup"),
    connections: (args.connections ?? "1,10,50").split(",").map((value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error(`--connections: ${value} is not a count between 1 and 1000`);
      return n;
    }),
    modes: list<Mode>(args.modes, ["json", "sse"], ["json", "sse"], "modes"),
    targets: list<TargetId>(args.targets, ALL_TARGETS, ALL_TARGETS, "targets"),
    rounds: Math.max(1, Math.floor(positiveNumber(args.rounds, 1, "rounds"))),
    ttfbRequests: Math.floor(positiveNumber(args.ttfb, quick ? 100 : 500, "ttfb")),
    soakRequests: args.soak === undefined ? 0 : Math.floor(positiveNumber(args.soak, 0, "soak")),
    soakConnections: Math.max(1, Math.floor(positiveNumber(args["soak-connections"], 10, "soak-connections"))),
    soakTarget: list<TargetId>(args["soak-target"], ["fast", "next"], ["fast"], "soak-target")[0]!,
    profile: args.profile,
    quietWaitS: positiveNumber(args["quiet-wait"], 0, "quiet-wait"),
    quick,
  };
  if (options.durationS <= 0) throw new Error("--duration must be more than 0");
  const runKind: "matrix" | "soak" | "profile" = options.profile ? "profile" : options.soakRequests > 0 ? "soak" : "matrix";
  return { options, runKind };
}

export type BenchOptions = ReturnType<typeof parseBenchOptions>["options"];
export type RunKind = ReturnType<typeof parseBenchOptions>["runKind"];
