// Profile (`--profile`): the fast-path server under 50-connection load with --cpu-prof, summarised for the load
// window only, with PostgreSQL's per-table activity in the same window (bench/README.md).
import { readdirSync } from "node:fs";
import path from "node:path";
import { formatSummary, summarizeProfile, type ProfileSummary } from "../top-functions";
import type { DbActivity } from "./db-activity";
import { runAutocannon, type Mode, type Target } from "./load";
import { runningChildren, sleep, stopChild } from "./processes";
import { plainTable } from "./report";

export type ProfileResult = ProfileSummary & { loadRps: Record<Mode, number>; errors: number; non2xx: number; perMode: Record<Mode, ProfileSummary>; db: DbActivity; durationS: number };

type ProfileOptions = { durationS: number; warmupS: number; profileDir: string; root: string; databaseUrl: string; log: (line: string) => void };

export async function runProfile(target: Target, options: ProfileOptions): Promise<ProfileResult> {
  const { log, durationS } = options;
  const connections = 50;
  const request = (mode: Mode) => ({ url: target.url, method: "POST", headers: { "content-type": "application/json", ...target.headers }, body: target.bodies[mode], connections });
  log(`profile: warm-up, then ${durationS} s non-stream + ${durationS} s stream at ${connections} connections against (c) with --cpu-prof`);
  for (const mode of ["json", "sse"] as const) await runAutocannon({ ...request(mode), duration: Math.max(1, options.warmupS) }, 60_000);
  // PostgreSQL publishes a busy backend's statistics within ~10 s of it going idle: wait, so the counts before and
  // after the load window hold exactly that window's work.
  const { snapshotDb, dbActivity } = await import("./db-activity");
  await sleep(11_000);
  const dbBefore = await snapshotDb(options.databaseUrl);
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
  const db = dbActivity(dbBefore, await snapshotDb(options.databaseUrl), requests);
  const server = runningChildren().find((child) => child.pid === target.pid);
  if (server) await stopChild(server);
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (1 is tsx's module-loader worker).
  const file = readdirSync(options.profileDir).find((name) => name.includes(`.${target.pid}.0.`) && name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile for pid ${target.pid} in ${options.profileDir} (did the server exit cleanly?)`);
  const profilePath = path.join(options.profileDir, file);
  const summary = summarizeProfile(profilePath, { top: 25, fromUs: windows.json.fromUs, toUs: windows.sse.toUs });
  const perMode = {
    json: summarizeProfile(profilePath, { top: 15, ...windows.json }),
    sse: summarizeProfile(profilePath, { top: 15, ...windows.sse }),
  };
  return { ...summary, file: path.relative(options.root, summary.file), loadRps, errors, non2xx, perMode, db, durationS };
}

export function printProfile(profile: ProfileResult): void {
  console.log("");
  console.log(`Profile load (profiler on): ${profile.loadRps.json.toFixed(0)} req/s non-stream, ${profile.loadRps.sse.toFixed(0)} req/s stream; errors ${profile.errors}, non-2xx ${profile.non2xx}`);
  console.log(formatSummary(profile));
  for (const mode of ["json", "sse"] as const) {
    const part = profile.perMode[mode];
    console.log(`\n${mode === "json" ? "non-stream" : "stream"} window only: top 15 by self time`);
    for (const entry of part.top) console.log(`${entry.selfMs.toFixed(1).padStart(9)} ${entry.percent.toFixed(1).padStart(6)}  ${entry.functionName}  ${entry.location ? `(${entry.location})` : ""}`);
  }
  console.log(`\nDatabase work during the load window (PostgreSQL statistics): ${profile.db.requests} requests, ${profile.db.transactionsPerRequest.toFixed(3)} committed transactions per request`);
  console.log(
    plainTable({
      header: ["table", "scans", "per request", "rows inserted", "per request", "rows updated", "per request"],
      body: profile.db.tables.map((t) => [t.table, String(t.scans), t.scansPerRequest.toFixed(3), String(t.rowsInserted), t.insertsPerRequest.toFixed(3), String(t.rowsUpdated), t.updatesPerRequest.toFixed(3)]),
    }),
  );
}
