// `npm run bench`: the gateway's hot path against an upstream on 127.0.0.1, next to the floor any Node gateway has.
//
// Starts, all on 127.0.0.1 and all stopped at the end (also on Ctrl-C or an error):
//   - an embedded PostgreSQL in a throwaway data folder, migrated and seeded (account, BYOK OpenAI credential
//     pointing at the fake upstream, API key) through the services,
//   - (a) the fake OpenAI-compatible upstream (src/testing/fake-providers, no delay between stream chunks),
//   - (b) bench/minimal-proxy.ts, a plain node:http → undici proxy: the floor for any Node gateway,
//   - (c) the production server (scripts/start.ts, built when needed) with the /v1 fast path,
//   - (d) a second production server with GATEWAY_FAST_PATH=off: /v1 through Next's route handler,
// then measures with autocannon (in this process), alternating targets cell by cell, and a sequential loop for
// stream time to first byte. Results: bench/results/<timestamp>.json and bench/results/latest.json.
//
//   npm run bench                         full matrix (5 s per cell, 2 s warm-up, 500 TTFB requests per target)
//   npm run bench -- --quick              smoke run (1 s per cell)
//   npm run bench -- --duration 10 --rounds 2
//   npm run bench -- --soak 100000        only the soak: N requests through (c), RSS after every batch
//   npm run bench -- --profile            only a CPU profile of (c) under load (node --cpu-prof), top functions
// See bench/README.md for every option.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measureCell, measureTtfb, preflight, runAutocannon, stopLoad, type Cell, type Mode, type Target, type TargetId, type TtfbResult } from "./lib/load";
import { freePort, killAllNow, memoryOf, runningChildren, sleep, startChild, stopChild, type Child } from "./lib/processes";
import {
  NOISY_CORES,
  TARGET_LABELS,
  buildRows,
  buildTtfbRows,
  markdownTable,
  matrixColumns,
  plainTable,
  rssColumns,
  ttfbColumns,
  verdictColumns,
  verdicts,
  type RssRow,
  type SoakSummary,
} from "./lib/report";
import { slope } from "./lib/stats";
import { foreignCores, readCpu, waitForChildrenIdle, waitForQuiet } from "./lib/cpu-share";
import { formatSummary, summarizeProfile, type ProfileSummary } from "./top-functions";
import type { PreparedDatabase } from "../src/server/db/prepare-database";
import type { DbActivity } from "./lib/db-activity";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS_DIR = path.join(ROOT, "bench", "results");
const ALL_TARGETS: TargetId[] = ["direct", "proxy", "fast", "next"];

// ---------------------------------------------------------------- options

const { values: args } = parseArgs({
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
    "proxy-client": { type: "string" },
    "quiet-wait": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (args.help) {
  console.log(`npm run bench -- [options]
  --duration <s>          measured seconds per cell (default 5; --quick: 1)
  --warmup <s>            warm-up seconds before each cell, discarded (default 2; --quick: 0.5)
  --quick                 short smoke run: 1 s cells, 0.5 s warm-ups, 100 TTFB requests
  --connections <list>    default 1,10,50
  --modes <list>          json,sse (default both)
  --targets <list>        direct,proxy,fast,next (default all)
  --rounds <n>            repeat the whole matrix n times, alternating targets every cell (default 1)
  --ttfb <n>              sequential stream requests per target for time to first byte (default 500; 0 = skip)
  --soak <n>              soak only: n requests through the gateway, RSS after every batch
  --soak-connections <n>  connections during the soak (default 10)
  --soak-target fast|next gateway to soak (default fast)
  --profile               CPU profile only: (c) under 50-connection load, node --cpu-prof, top 25 self-time functions
  --proxy-client request|fetch   how the minimal proxy forwards (default request = undici.request)
  --quiet-wait <s>        on a shared machine: before each cell, wait up to s seconds until other processes use
                          < 0.25 cores (default 0 = do not wait; cells measured under other load are marked noisy)`);
  process.exit(0);
}

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
  proxyClient: list(args["proxy-client"], ["request", "fetch"] as const, ["request"], "proxy-client")[0]!,
  quietWaitS: positiveNumber(args["quiet-wait"], 0, "quiet-wait"),
  quick,
};
const runKind: "matrix" | "soak" | "profile" = options.profile ? "profile" : options.soakRequests > 0 ? "soak" : "matrix";
if (options.durationS <= 0) throw new Error("--duration must be more than 0");

// ---------------------------------------------------------------- lifecycle

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const logDir = path.join(RESULTS_DIR, "logs", stamp);
mkdirSync(logDir, { recursive: true });
const dataDir = mkdtempSync(path.join(os.tmpdir(), "switchboard-bench-"));
let database: PreparedDatabase | null = null;
let cleaning: Promise<void> | null = null;

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

async function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopLoad();
    const children = runningChildren();
    // Servers first: on SIGTERM they flush their request log into the database, which must still be up.
    await Promise.all(children.map((child) => stopChild(child)));
    if (database) {
      const db = database;
      database = null;
      await Promise.race([db.stop().catch((error: Error) => log(`stopping PostgreSQL: ${error.message}`)), sleep(20_000)]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  })();
  return cleaning;
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) {
      killAllNow();
      process.exit(130);
    }
    interrupted = true;
    console.error(`\n[bench] ${signal}: stopping every process (again to force)…`);
    void cleanup().finally(() => process.exit(130));
  });
}

for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error: unknown) => {
    console.error(`[bench] ${event}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (interrupted) return;
    interrupted = true;
    void cleanup().finally(() => process.exit(1));
  });
}

// ---------------------------------------------------------------- set-up

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    // Nothing from the caller's shell may redirect the servers: no other database, no platform keys or base URLs.
    if (/^(DATABASE_URL|NODE_OPTIONS|PORT|HOST|GATEWAY_FAST_PATH|TRUST_PROXY)$|_API_KEY$|_BASE_URL$/.test(name)) delete env[name];
  }
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

const tsxNode = (script: string, scriptArgs: string[] = []) => ({ command: process.execPath, args: ["--import", "tsx", script, ...scriptArgs] });
const readyJson = (line: string): Record<string, unknown> | undefined => {
  if (!line.startsWith("{")) return undefined;
  try {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    return parsed.ready === true ? parsed : undefined;
  } catch {
    return undefined;
  }
};

async function startServer(
  name: string,
  extraEnv: Record<string, string>,
  nodeFlags: string[] = [],
  onOutput?: (line: string) => void,
): Promise<{ child: Child; origin: string }> {
  const { isBuildCurrent } = await import("../src/server/http/build-stamp");
  // .next is shared with everyone working in this checkout: when another `next build` runs (tests, npm start),
  // scripts/start.ts fails with "Another next build process is already running"; wait for it and try again.
  for (let attempt = 1; ; attempt++) {
    if (!isBuildCurrent(ROOT)) log(`${name}: the app is not built for the current sources; scripts/start.ts builds it first (about a minute)`);
    const port = await freePort();
    try {
      const { child } = await startChild({
        name: attempt === 1 ? name : `${name}-attempt${attempt}`,
        command: process.execPath,
        args: [...nodeFlags, "--import", "tsx", "scripts/start.ts"],
        cwd: ROOT,
        env: childEnv({ PORT: String(port), HOST: "127.0.0.1", SWITCHBOARD_DATA_DIR: dataDir, DATABASE_URL: database!.url, ...extraEnv }),
        logDir,
        timeoutMs: 15 * 60_000,
        ready: (line) => (line.includes("Switchboard is running at") ? true : undefined),
        onLine: (line) => {
          onOutput?.(line);
          if (/Building the app|next build failed|Compiled|Failed to compile|Another next build/i.test(line)) log(`${name}: ${line.trim()}`);
        },
      });
      return { child, origin: `http://127.0.0.1:${port}` };
    } catch (error) {
      const busy = error instanceof Error && error.message.includes("Another next build process is already running");
      if (!busy || attempt >= 20) throw error;
      log(`${name}: another process is building .next; retrying in 15 s (attempt ${attempt + 1} of 20)`);
      await sleep(15_000);
    }
  }
}

function machine() {
  const git = (gitArgs: string[]) => {
    try {
      return execFileSync("git", gitArgs, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return null;
    }
  };
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
    gitCommit: git(["rev-parse", "--short", "HEAD"]),
    gitUncommittedFiles: git(["status", "--porcelain"])?.split("\n").filter(Boolean).length ?? null,
  };
}

// ---------------------------------------------------------------- run

type Results = {
  kind: typeof runKind;
  startedAt: string;
  finishedAt?: string;
  machine: ReturnType<typeof machine> & { loadAverageAtEnd?: number[] };
  notes: string[];
  options: typeof options;
  processes: Record<string, { pid: number; url?: string }>;
  cells: Cell[];
  rows: ReturnType<typeof buildRows>;
  ttfb: ReturnType<typeof buildTtfbRows>;
  rss: RssRow[];
  soak:
    | (SoakSummary & {
        samples: Array<{
          requests: number;
          rssMb: number;
          floorMb: number;
          maxMb: number;
          peakRssMb: number;
          heapAfterFullGcMb: number;
          fullGcs: number;
          /** Requests answered in the soak whose request-log row is not in the database yet. */
          logBacklog: number | null;
          mode: Mode;
          errors: number;
          non2xx: number;
          rps: number;
          otherCpuCores: number | null;
        }>;
        beforeMb: number | null;
        idleAfterMb: number | null;
      })
    | null;
  profile: (ProfileSummary & { loadRps: Record<Mode, number>; errors: number; non2xx: number; perMode: Record<Mode, ProfileSummary>; db: DbActivity }) | null;
  verdicts: ReturnType<typeof verdicts>;
  markdown: string;
};

// Soak: the server runs with --trace-gc; the heap left after each full (mark-compact) collection is the live heap,
// which tells a leak (it keeps rising) from V8 merely growing its heap while memory is plentiful (RSS rises, it does not).
const gc = { fullCollections: 0, heapAfterFullGcMb: NaN };
function watchGc(line: string): void {
  const match = /Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
  if (!match) return;
  gc.fullCollections++;
  gc.heapAfterFullGcMb = Number(match[1]);
}

async function main(): Promise<void> {
  const info = machine();
  const results: Results = {
    kind: runKind,
    startedAt: new Date().toISOString(),
    machine: info,
    notes: [
      `Load generator (autocannon, in the benchmark process), upstream, proxy, both gateway servers and PostgreSQL all share this machine's ${info.cpus} CPU cores: absolute numbers are lower and noisier than on separate machines; compare targets within one run.`,
      "Latency percentiles are exact over every response (autocannon's own histogram is whole milliseconds); added latency = target − upstream direct in the same cell configuration.",
      "A cell with any socket error, timeout or non-2xx answer is INVALID.",
      "\"other CPU\" = cores used by processes outside the benchmark (e.g. other test runs) while the cell ran, from /proc; above 0.25 the cell is marked noisy.",
      "\"busy after\" = seconds the benchmark's processes kept working once a cell's load stopped (e.g. a gateway writing its buffered request log); the next cell starts only after that (at most 60 s).",
    ],
    options,
    processes: {},
    cells: [],
    rows: [],
    ttfb: [],
    rss: [],
    soak: null,
    profile: null,
    verdicts: [],
    markdown: "",
  };
  log(`${runKind} run; ${info.cpus} cores (${info.cpuModel}), load average ${info.loadAverageAtStart.join(" ")}; logs in ${path.relative(ROOT, logDir)}`);
  log(`NOTE: client (autocannon), upstream, proxy, servers and PostgreSQL share the ${info.cpus} cores of this machine.`);

  // Database and upstream.
  log(`data folder ${dataDir}: starting embedded PostgreSQL…`);
  const { startBenchDatabase, seedGatewayProject } = await import("./lib/seed");
  database = await startBenchDatabase(dataDir, (line) => log(line));
  const providerKey = `fake-openai-${randomBytes(8).toString("hex")}`;
  const fake = await startChild({
    name: "upstream",
    ...tsxNode("bench/fake-upstream.ts", ["--api-key", providerKey, "--chunk-delay-ms", "0"]),
    cwd: ROOT,
    env: childEnv({}),
    logDir,
    timeoutMs: 60_000,
    ready: readyJson,
  });
  const upstreamOrigin = String(fake.value.origin);
  results.processes.upstream = { pid: fake.child.pid, url: upstreamOrigin };
  log(`(a) fake OpenAI upstream at ${upstreamOrigin} (pid ${fake.child.pid})`);
  const seeded = await seedGatewayProject({ providerBaseUrl: `${upstreamOrigin}/v1`, providerKey });
  log(`seeded project ${seeded.projectId} with a BYOK OpenAI credential → the fake, and an API key`);

  const wanted = new Set<TargetId>(runKind === "matrix" ? options.targets : runKind === "soak" ? [options.soakTarget] : ["fast"]);
  const prompt = [{ role: "user", content: "Say hello to the benchmark, please" }];
  const bodies = (model: string): Record<Mode, string> => ({
    json: JSON.stringify({ model, messages: prompt }),
    sse: JSON.stringify({ model, messages: prompt, stream: true, stream_options: { include_usage: true } }),
  });
  const targets: Target[] = [];
  if (wanted.has("direct")) {
    targets.push({ id: "direct", label: TARGET_LABELS.direct, url: `${upstreamOrigin}/v1/chat/completions`, headers: { authorization: `Bearer ${providerKey}` }, bodies: bodies("gpt-4o-mini"), pid: fake.child.pid });
  }
  if (wanted.has("proxy")) {
    const proxy = await startChild({
      name: "minimal-proxy",
      ...tsxNode("bench/minimal-proxy.ts", ["--upstream", upstreamOrigin, "--client", options.proxyClient]),
      cwd: ROOT,
      env: childEnv({}),
      logDir,
      timeoutMs: 60_000,
      ready: readyJson,
    });
    const url = String(proxy.value.url);
    results.processes.proxy = { pid: proxy.child.pid, url };
    targets.push({ id: "proxy", label: TARGET_LABELS.proxy, url: `${url}/v1/chat/completions`, headers: { authorization: `Bearer ${providerKey}` }, bodies: bodies("gpt-4o-mini"), pid: proxy.child.pid });
    log(`(b) minimal proxy (${options.proxyClient}) at ${url} (pid ${proxy.child.pid})`);
  }
  const gatewayHeaders = { authorization: `Bearer ${seeded.apiKey}` };
  let profileDir: string | null = null;
  if (wanted.has("fast")) {
    const nodeFlags: string[] = [];
    if (runKind === "profile") {
      profileDir = path.join(RESULTS_DIR, "profiles", stamp);
      mkdirSync(profileDir, { recursive: true });
      // Node 20 refuses --cpu-prof in NODE_OPTIONS, so the flags go on the server's own command line.
      nodeFlags.push("--cpu-prof", `--cpu-prof-dir=${profileDir}`);
    }
    if (runKind === "soak" && options.soakTarget === "fast") nodeFlags.push("--trace-gc");
    const server = await startServer("gateway-fast", {}, nodeFlags, runKind === "soak" ? watchGc : undefined);
    results.processes.fast = { pid: server.child.pid, url: server.origin };
    targets.push({ id: "fast", label: TARGET_LABELS.fast, url: `${server.origin}/v1/chat/completions`, headers: gatewayHeaders, bodies: bodies("openai/gpt-4o-mini"), pid: server.child.pid });
    log(`(c) gateway, production server with the /v1 fast path, at ${server.origin} (pid ${server.child.pid})`);
  }
  if (wanted.has("next")) {
    // Started after (c) is up, so at most one of them builds.
    const soaked = runKind === "soak" && options.soakTarget === "next";
    const server = await startServer("gateway-next", { GATEWAY_FAST_PATH: "off" }, soaked ? ["--trace-gc"] : [], soaked ? watchGc : undefined);
    results.processes.next = { pid: server.child.pid, url: server.origin };
    targets.push({ id: "next", label: TARGET_LABELS.next, url: `${server.origin}/v1/chat/completions`, headers: gatewayHeaders, bodies: bodies("openai/gpt-4o-mini"), pid: server.child.pid });
    log(`(d) gateway, production server with GATEWAY_FAST_PATH=off (Next route handler), at ${server.origin} (pid ${server.child.pid})`);
  }
  const order = (id: TargetId) => ALL_TARGETS.indexOf(id);
  targets.sort((a, b) => order(a.id) - order(b.id));

  await preflight(targets, ["json", "sse"]);
  log(`preflight: every target answers both a JSON and a streamed completion correctly`);
  await waitForChildrenIdle(60);

  const rssOf = (target: Target) => (target.pid ? (memoryOf(target.pid)?.rssMb ?? null) : null);
  const before = new Map(targets.map((target) => [target.id, memoryOf(target.pid!)]));

  if (runKind === "matrix") await runMatrix(results, targets, rssOf);
  else if (runKind === "soak") await runSoak(results, targets.find((target) => target.id === options.soakTarget)!);
  else await runProfile(results, targets.find((target) => target.id === "fast")!, profileDir!);

  if (runKind !== "profile") {
    results.rss = targets.map((target) => {
      const after = memoryOf(target.pid!);
      return { process: `${TARGET_LABELS[target.id]} (pid ${target.pid})`, pid: target.pid!, beforeMb: before.get(target.id)?.rssMb ?? null, afterMb: after?.rssMb ?? null, peakMb: after?.peakRssMb ?? null };
    });
  }
  results.verdicts = verdicts(results.rows, results.ttfb, results.soak);
  results.machine.loadAverageAtEnd = os.loadavg().map((value) => Number(value.toFixed(2)));
  results.finishedAt = new Date().toISOString();
  report(results);
}

/** With --quiet-wait: let other people's work on the machine pass before measuring (bounded). */
async function quiet(): Promise<void> {
  if (options.quietWaitS <= 0) return;
  const cores = await waitForQuiet(options.quietWaitS, NOISY_CORES, (busy) => log(`other processes use ${busy.toFixed(2)} cores: waiting up to ${options.quietWaitS} s for a quiet machine…`));
  if (cores !== null && cores >= NOISY_CORES) log(`still ${cores.toFixed(2)} cores busy elsewhere after ${options.quietWaitS} s; measuring anyway (the cell will be marked noisy)`);
}

async function runMatrix(results: Results, targets: Target[], rssOf: (target: Target) => number | null): Promise<void> {
  const total = options.rounds * options.modes.length * options.connections.length * targets.length;
  const perCell = options.durationS + options.warmupS + 1;
  log(`matrix: ${total} cells × ~${perCell.toFixed(1)} s ≈ ${Math.ceil((total * perCell) / 60)} min, then ${options.ttfbRequests} TTFB requests per target`);
  let index = 0;
  for (let round = 1; round <= options.rounds; round++) {
    for (const mode of options.modes) {
      for (const connections of options.connections) {
        for (const target of targets) {
          index++;
          await quiet();
          const cell = await measureCell(target, mode, connections, { durationS: options.durationS, warmupS: options.warmupS, round, rssOf: () => rssOf(target) });
          // Before the next target's cell: let this one's after-work finish (bounded), and record how long it took.
          cell.settleS = await waitForChildrenIdle(60);
          results.cells.push(cell);
          log(
            `${String(index).padStart(3)}/${total} ${mode === "json" ? "non-stream" : "stream    "} c=${String(connections).padEnd(3)} ${TARGET_LABELS[target.id].padEnd(27)} ` +
              `${cell.rps.toFixed(0).padStart(6)} req/s  p50 ${cell.latencyMs.p50.toFixed(2)} p99 ${cell.latencyMs.p99.toFixed(2)} ms  other CPU ${cell.otherCpuCores?.toFixed(2) ?? "?"}  busy after ${cell.settleS?.toFixed(0)} s` +
              `${cell.valid ? "" : `  INVALID (errors ${cell.errors}, non-2xx ${cell.non2xx}: ${JSON.stringify(cell.statusCodes)})`}`,
          );
        }
      }
    }
  }
  results.rows = buildRows(results.cells);
  if (options.ttfbRequests > 0 && options.modes.includes("sse")) {
    log(`time to first byte: ${options.ttfbRequests} sequential stream requests per target (after 50 warm-up each), interleaved…`);
    await quiet();
    const ttfb: TtfbResult[] = await measureTtfb(targets, options.ttfbRequests, Math.min(50, options.ttfbRequests), 10 * 60_000);
    results.ttfb = buildTtfbRows(ttfb);
  }
}

async function runSoak(results: Results, target: Target): Promise<void> {
  const n = options.soakRequests;
  const batch = Math.max(options.soakConnections, Math.min(10_000, Math.ceil(n / 10)));
  const batches = Math.ceil(n / batch);
  const deadline = Date.now() + 60 * 60_000;
  const beforeMb = memoryOf(target.pid!)?.rssMb ?? null;
  log(`soak: ${n} requests to ${TARGET_LABELS[target.id]} in ${batches} batches of ${batch}, ${options.soakConnections} connections, alternating non-stream and stream; RSS before ${beforeMb?.toFixed(0)} MB`);
  const warm = await runAutocannon(
    { url: target.url, method: "POST", headers: { "content-type": "application/json", ...target.headers }, body: target.bodies.json, connections: options.soakConnections, duration: Math.max(1, options.warmupS) },
    60_000,
  );
  if (warm.errors || warm.non2xx) log(`soak warm-up: ${warm.errors} errors, ${warm.non2xx} non-2xx`);
  const samples: NonNullable<Results["soak"]>["samples"] = [];
  const { countRequestLogRows } = await import("./lib/db-activity");
  // Every answered request becomes one request-log row, stamped with the time it was logged: the soak's rows are
  // those from now on (give or take the warm-up's last in-flight requests).
  const soakStartedAt = new Date();
  let sent = 0;
  for (let i = 0; i < batches && Date.now() < deadline; i++) {
    const mode: Mode = i % 2 === 0 ? "json" : "sse";
    const amount = Math.min(batch, n - sent);
    if (amount < options.soakConnections) break;
    let responses = 0;
    const startedAt = performance.now();
    let lastAt = startedAt;
    // RSS saw-tooths with garbage collection: sample it through the batch and keep the floor as well as the end.
    let floorMb = Infinity;
    let maxMb = 0;
    const sampler = setInterval(() => {
      const rss = memoryOf(target.pid!)?.rssMb;
      if (rss === undefined) return;
      floorMb = Math.min(floorMb, rss);
      maxMb = Math.max(maxMb, rss);
    }, 250);
    const cpuBefore = readCpu();
    const fullGcsBefore = gc.fullCollections;
    const result = await runAutocannon(
      { url: target.url, method: "POST", headers: { "content-type": "application/json", ...target.headers }, body: target.bodies[mode], connections: options.soakConnections, amount },
      10 * 60_000,
      () => {
        responses++;
        lastAt = performance.now();
      },
    ).finally(() => clearInterval(sampler));
    const otherCpuCores = foreignCores(cpuBefore, readCpu());
    sent += responses;
    // From the batch's start to its last answer: autocannon's own duration is rounded up to its 1 s ticks.
    const rps = lastAt > startedAt ? responses / ((lastAt - startedAt) / 1000) : 0;
    const memory = memoryOf(target.pid!);
    const endMb = memory?.rssMb ?? NaN;
    floorMb = Math.min(floorMb, endMb);
    maxMb = Math.max(maxMb, endMb);
    const fullGcs = gc.fullCollections - fullGcsBefore;
    const rows = await countRequestLogRows(database!.url, soakStartedAt);
    const logBacklog = rows === null ? null : sent - rows;
    samples.push({ requests: sent, rssMb: endMb, floorMb, maxMb, peakRssMb: memory?.peakRssMb ?? NaN, heapAfterFullGcMb: gc.heapAfterFullGcMb, fullGcs, logBacklog, mode, errors: result.errors, non2xx: result.non2xx, rps, otherCpuCores });
    log(
      `soak ${String(i + 1).padStart(2)}/${batches}: ${sent} requests, RSS floor ${floorMb.toFixed(1)} / max ${maxMb.toFixed(1)} / end ${endMb.toFixed(1)} MB (VmHWM ${memory?.peakRssMb.toFixed(1)}), ` +
        `heap after last full GC ${gc.heapAfterFullGcMb.toFixed(1)} MB (${fullGcs} full GCs in the batch), request-log rows not yet written ${logBacklog ?? "?"}, ` +
        `${rps.toFixed(0)} req/s, errors ${result.errors}, non-2xx ${result.non2xx}, other CPU ${otherCpuCores?.toFixed(2) ?? "?"}`,
    );
  }
  await sleep(3_000);
  const idleAfterMb = memoryOf(target.pid!)?.rssMb ?? null;
  // The first batch still grows the heap to its working size (JIT, pools, caches): the trend is judged after it,
  // on the per-batch floors.
  const settled = samples.length > 2 ? samples.slice(1) : samples;
  const first = settled[0];
  const last = settled[settled.length - 1];
  const slopePerRequest = slope(settled.map((sample) => ({ x: sample.requests, y: sample.floorMb })));
  const errors = samples.reduce((sum, sample) => sum + sample.errors, 0);
  const non2xx = samples.reduce((sum, sample) => sum + sample.non2xx, 0);
  results.soak = {
    target: target.id,
    requests: sent,
    errors,
    non2xx,
    warmRssMb: first?.floorMb ?? NaN,
    finalRssMb: last?.floorMb ?? NaN,
    growthMb: (last?.floorMb ?? NaN) - (first?.floorMb ?? NaN),
    growthPercent: (((last?.floorMb ?? NaN) - (first?.floorMb ?? NaN)) / (first?.floorMb ?? NaN)) * 100,
    slopeMbPer10k: slopePerRequest * 10_000,
    heapFromMb: first?.heapAfterFullGcMb ?? NaN,
    heapToMb: last?.heapAfterFullGcMb ?? NaN,
    valid: errors === 0 && non2xx === 0 && sent > 0,
    samples,
    beforeMb,
    idleAfterMb,
  };
}

async function runProfile(results: Results, target: Target, profileDir: string): Promise<void> {
  const durationS = Math.max(options.durationS, options.quick ? 2 : 10);
  const connections = 50;
  const request = (mode: Mode) => ({ url: target.url, method: "POST", headers: { "content-type": "application/json", ...target.headers }, body: target.bodies[mode], connections });
  log(`profile: warm-up, then ${durationS} s non-stream + ${durationS} s stream at ${connections} connections against (c) with --cpu-prof`);
  for (const mode of ["json", "sse"] as const) await runAutocannon({ ...request(mode), duration: Math.max(1, options.warmupS) }, 60_000);
  // PostgreSQL publishes a busy backend's statistics within ~10 s of it going idle: wait, so the counts before and
  // after the load window hold exactly that window's work.
  const { snapshotDb, dbActivity } = await import("./lib/db-activity");
  await sleep(11_000);
  const dbBefore = await snapshotDb(database!.url);
  const windows = {} as Record<Mode, { fromUs: number; toUs: number }>;
  const loadRps = { json: 0, sse: 0 } as Record<Mode, number>;
  let errors = 0;
  let non2xx = 0;
  let requests = 0;
  for (const mode of ["json", "sse"] as const) {
    let responses = 0;
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    const result = await runAutocannon({ ...request(mode), duration: durationS }, (durationS + 30) * 1000, () => responses++);
    windows[mode] = { fromUs, toUs: Number(process.hrtime.bigint() / 1000n) };
    loadRps[mode] = responses / result.duration;
    requests += responses;
    errors += result.errors;
    non2xx += result.non2xx;
    log(`profile load ${mode}: ${loadRps[mode].toFixed(0)} req/s (profiler on), errors ${result.errors}, non-2xx ${result.non2xx}`);
  }
  log("waiting for PostgreSQL's statistics of the load window…");
  await sleep(11_000);
  const db = dbActivity(dbBefore, await snapshotDb(database!.url), requests);
  const server = runningChildren().find((child) => child.pid === target.pid);
  if (server) await stopChild(server);
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (1 is tsx's module-loader worker).
  const file = readdirSync(profileDir).find((name) => name.includes(`.${target.pid}.0.`) && name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile for pid ${target.pid} in ${profileDir} (did the server exit cleanly?)`);
  const profilePath = path.join(profileDir, file);
  const summary = summarizeProfile(profilePath, { top: 25, fromUs: windows.json.fromUs, toUs: windows.sse.toUs });
  const perMode = {
    json: summarizeProfile(profilePath, { top: 15, ...windows.json }),
    sse: summarizeProfile(profilePath, { top: 15, ...windows.sse }),
  };
  results.profile = { ...summary, file: path.relative(ROOT, summary.file), loadRps, errors, non2xx, perMode, db };
  results.notes.push(`CPU profile of (c) at ${connections} connections, ${durationS} s non-stream + ${durationS} s stream; self time counted only inside the load window.`);
}

function report(results: Results): void {
  const sections: Array<{ title: string; table: { header: string[]; body: string[][] } }> = [];
  if (results.rows.length) sections.push({ title: "Throughput and latency (latency = full response; + = added over (a) upstream direct in the same cell)", table: matrixColumns(results.rows) });
  if (results.ttfb.length) sections.push({ title: `Stream time to first byte (${options.ttfbRequests} sequential requests per target, keep-alive)`, table: ttfbColumns(results.ttfb) });
  if (results.rss.length) sections.push({ title: "Memory (VmRSS from /proc/<pid>/status)", table: rssColumns(results.rss) });
  if (results.soak) {
    sections.push({
      title: `Soak: ${results.soak.requests} requests to ${TARGET_LABELS[results.soak.target]}, ${options.soakConnections} connections; RSS sampled every 250 ms during each batch (RSS before: ${results.soak.beforeMb?.toFixed(0)} MB, 3 s after: ${results.soak.idleAfterMb?.toFixed(0)} MB)`,
      table: {
        header: ["requests", "batch", "req/s", "RSS floor MB", "RSS max MB", "RSS at end MB", "VmHWM MB", "heap after full GC MB", "full GCs", "log rows pending", "errors", "non-2xx", "other CPU"],
        body: results.soak.samples.map((sample) => [
          String(sample.requests),
          sample.mode === "json" ? "non-stream" : "stream",
          sample.rps.toFixed(0),
          sample.floorMb.toFixed(1),
          sample.maxMb.toFixed(1),
          sample.rssMb.toFixed(1),
          sample.peakRssMb.toFixed(1),
          Number.isNaN(sample.heapAfterFullGcMb) ? "–" : sample.heapAfterFullGcMb.toFixed(1),
          String(sample.fullGcs),
          sample.logBacklog === null ? "–" : String(sample.logBacklog),
          String(sample.errors),
          String(sample.non2xx),
          sample.otherCpuCores?.toFixed(2) ?? "–",
        ]),
      },
    });
  }
  if (results.kind !== "profile") sections.push({ title: "Targets (reported, never asserted)", table: verdictColumns(results.verdicts) });

  const m = results.machine;
  const header = [
    `${results.kind} run ${results.startedAt} · ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node} · load average ${m.loadAverageAtStart.join("/")} → ${m.loadAverageAtEnd?.join("/")} · commit ${m.gitCommit}${m.gitUncommittedFiles ? ` + ${m.gitUncommittedFiles} uncommitted files` : ""}`,
    ...(results.kind === "matrix" ? [`${options.durationS} s per cell after ${options.warmupS} s warm-up, ${options.rounds} round(s), targets alternating cell by cell.`] : []),
    ...results.notes,
  ];

  console.log("");
  for (const line of header) console.log(line);
  for (const section of sections) {
    console.log(`\n${section.title}\n`);
    console.log(plainTable(section.table));
  }
  if (results.profile) {
    const profile = results.profile;
    console.log("");
    console.log(`Profile load (profiler on): ${profile.loadRps.json.toFixed(0)} req/s non-stream, ${profile.loadRps.sse.toFixed(0)} req/s stream; errors ${profile.errors}, non-2xx ${profile.non2xx}`);
    console.log(formatSummary(profile));
    for (const mode of ["json", "sse"] as const) {
      const part = profile.perMode[mode];
      console.log(`\n${mode === "json" ? "non-stream" : "stream"} window only: top 15 by self time`);
      for (const entry of part.top) console.log(`${entry.selfMs.toFixed(1).padStart(9)} ${entry.percent.toFixed(1).padStart(6)}  ${entry.functionName}  ${entry.location ? `(${entry.location})` : ""}`);
    }
    console.log(`\nDatabase work during the load window (PostgreSQL statistics): ${profile.db.requests} requests, ${profile.db.transactionsPerRequest.toFixed(3)} committed transactions per request`);
    console.log(plainTable({
      header: ["table", "scans", "per request", "rows inserted", "per request", "rows updated", "per request"],
      body: profile.db.tables.map((t) => [t.table, String(t.scans), t.scansPerRequest.toFixed(3), String(t.rowsInserted), t.insertsPerRequest.toFixed(3), String(t.rowsUpdated), t.updatesPerRequest.toFixed(3)]),
    }));
  }

  const markdown = [
    ...header.map((line) => `${line}  `),
    ...sections.flatMap((section) => ["", `**${section.title}**`, "", markdownTable(section.table)]),
  ].join("\n");
  results.markdown = markdown;
  console.log("\n---------------- Markdown (for the README) ----------------\n");
  console.log(markdown);

  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${stamp}.json`);
  const json = JSON.stringify(results, null, 2);
  writeFileSync(file, json);
  writeFileSync(path.join(RESULTS_DIR, "latest.json"), json);
  console.log(`\n[bench] results: ${path.relative(ROOT, file)} and bench/results/latest.json; process logs: ${path.relative(ROOT, logDir)}`);
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  exitCode = 1;
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.stack && !interrupted) console.error(error.stack.split("\n").filter((line) => line.startsWith("    at ")).slice(0, 5).join("\n"));
} finally {
  if (!interrupted) {
    log("stopping every process and removing the data folder…");
    await cleanup();
    process.exit(exitCode);
  }
}
