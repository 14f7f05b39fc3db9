// `npm run bench`: the gateway's hot path against an upstream on 127.0.0.1, next to the floor any Node gateway has.
//
// Starts, all on 127.0.0.1 and all stopped at the end (also on Ctrl-C or an error):
//   - an embedded PostgreSQL in a throwaway data folder, migrated and seeded (account, BYOK OpenAI credential
//     pointing at the fake upstream, API key) through the services,
//   - (a) the fake OpenAI-compatible upstream (src/testing/fake-providers, no delay between stream chunks),
//   - (b) bench/minimal-proxy.ts forwarding with fetch: the minimal fetch-and-pipe proxy, floor for any Node gateway,
//   - (b′) the same proxy forwarding with undici.request (what the gateway uses): a stricter floor,
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
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureCell, measureTtfb, preflight, stopLoad, type Mode, type Target, type TargetId, type TtfbResult } from "./lib/load";
import { ALL_TARGETS, parseBenchOptions } from "./lib/options";
import { freePort, killAllNow, memoryOf, runningChildren, sleep, startChild, stopChild, type Child } from "./lib/processes";
import { runProfile } from "./lib/profile";
import { NOISY_CORES, TARGET_LABELS, buildRows, buildTtfbRows, verdicts } from "./lib/report";
import { printResults, type MachineInfo, type Results } from "./lib/results";
import { runSoak, watchGc } from "./lib/soak";
import { waitForChildrenIdle, waitForQuiet } from "./lib/cpu-share";
import type { PreparedDatabase } from "../src/server/db/prepare-database";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS_DIR = path.join(ROOT, "bench", "results");

const { options, runKind } = parseBenchOptions(process.argv.slice(2));

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

function machine(): MachineInfo {
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
  for (const [id, client] of [["proxy", "fetch"], ["proxy-request", "request"]] as const) {
    if (!wanted.has(id)) continue;
    const proxy = await startChild({
      name: `minimal-proxy-${client}`,
      ...tsxNode("bench/minimal-proxy.ts", ["--upstream", upstreamOrigin, "--client", client]),
      cwd: ROOT,
      env: childEnv({}),
      logDir,
      timeoutMs: 60_000,
      ready: readyJson,
    });
    const url = String(proxy.value.url);
    results.processes[id] = { pid: proxy.child.pid, url };
    targets.push({ id, label: TARGET_LABELS[id], url: `${url}/v1/chat/completions`, headers: { authorization: `Bearer ${providerKey}` }, bodies: bodies("gpt-4o-mini"), pid: proxy.child.pid });
    log(`${TARGET_LABELS[id]} (${client}) at ${url} (pid ${proxy.child.pid})`);
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
  else if (runKind === "soak") {
    const target = targets.find((candidate) => candidate.id === options.soakTarget)!;
    results.soak = await runSoak(target, { requests: options.soakRequests, connections: options.soakConnections, warmupS: options.warmupS, databaseUrl: database!.url, log });
  } else {
    const durationS = Math.max(options.durationS, options.quick ? 2 : 10);
    const target = targets.find((candidate) => candidate.id === "fast")!;
    results.profile = await runProfile(target, { durationS, warmupS: options.warmupS, profileDir: profileDir!, root: ROOT, databaseUrl: database!.url, log });
    results.notes.push(`CPU profile of (c) at 50 connections, ${durationS} s non-stream + ${durationS} s stream; self time counted only inside the load window.`);
  }

  if (runKind !== "profile") {
    results.rss = targets.map((target) => {
      const after = memoryOf(target.pid!);
      return { process: `${TARGET_LABELS[target.id]} (pid ${target.pid})`, pid: target.pid!, beforeMb: before.get(target.id)?.rssMb ?? null, afterMb: after?.rssMb ?? null, peakMb: after?.peakRssMb ?? null };
    });
  }
  results.verdicts = verdicts(results.rows, results.ttfb, results.soak);
  results.machine.loadAverageAtEnd = os.loadavg().map((value) => Number(value.toFixed(2)));
  results.finishedAt = new Date().toISOString();
  printResults(results, RESULTS_DIR, stamp, ROOT, logDir);
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
