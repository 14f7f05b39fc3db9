// Soak (`--soak N`): N requests through one gateway in batches, RSS sampled through every batch, live heap from
// --trace-gc, and the request-log backlog; judged on the per-batch RSS floors (bench/README.md).
import { foreignCores, readCpu } from "./cpu-share";
import { runAutocannon, type Mode, type Target } from "./load";
import { memoryOf, sleep } from "./processes";
import { TARGET_LABELS, type SoakSummary } from "./report";
import { slope } from "./stats";

export type SoakSample = {
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
};

export type SoakResult = SoakSummary & { samples: SoakSample[]; beforeMb: number | null; idleAfterMb: number | null };

// The soaked server runs with --trace-gc; the heap left after each full (mark-compact) collection is the live heap,
// which tells a leak (it keeps rising) from V8 merely growing its heap while memory is plentiful (RSS rises, it does not).
// Lines start with [pid:isolate]: worker threads (tsx's module loader) have small heaps of their own, so the live heap
// reported is the largest isolate's.
const gc = { fullCollections: 0, heapAfterFullGcMb: NaN, byIsolate: new Map<string, number>() };

/** Feed the soaked server's output lines here. */
export function watchGc(line: string): void {
  const match = /^\[(\d+:0x[0-9a-f]+)\].*Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
  if (!match) return;
  gc.fullCollections++;
  gc.byIsolate.set(match[1]!, Number(match[2]));
  gc.heapAfterFullGcMb = Math.max(...gc.byIsolate.values());
}

type SoakOptions = { requests: number; connections: number; warmupS: number; databaseUrl: string; log: (line: string) => void };

export async function runSoak(target: Target, options: SoakOptions): Promise<SoakResult> {
  const { log } = options;
  const n = options.requests;
  const batch = Math.max(options.connections, Math.min(10_000, Math.ceil(n / 10)));
  const batches = Math.ceil(n / batch);
  const deadline = Date.now() + 60 * 60_000;
  const beforeMb = memoryOf(target.pid!)?.rssMb ?? null;
  log(`soak: ${n} requests to ${TARGET_LABELS[target.id]} in ${batches} batches of ${batch}, ${options.connections} connections, alternating non-stream and stream; RSS before ${beforeMb?.toFixed(0)} MB`);
  const request = (mode: Mode) => ({ url: target.url, method: "POST", headers: { "content-type": "application/json", ...target.headers }, body: target.bodies[mode], connections: options.connections });
  const warm = await runAutocannon({ ...request("json"), duration: Math.max(1, options.warmupS) }, 60_000);
  if (warm.errors || warm.non2xx) log(`soak warm-up: ${warm.errors} errors, ${warm.non2xx} non-2xx`);
  const samples: SoakSample[] = [];
  const { countRequestLogRows } = await import("./db-activity");
  // Every answered request becomes one request-log row, stamped with the time it was logged: the soak's rows are
  // those from now on (give or take the warm-up's last in-flight requests).
  const soakStartedAt = new Date();
  let sent = 0;
  for (let i = 0; i < batches && Date.now() < deadline; i++) {
    const mode: Mode = i % 2 === 0 ? "json" : "sse";
    const amount = Math.min(batch, n - sent);
    if (amount < options.connections) break;
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
    const result = await runAutocannon({ ...request(mode), amount }, 10 * 60_000, () => {
      responses++;
      lastAt = performance.now();
    }).finally(() => clearInterval(sampler));
    const otherCpuCores = foreignCores(cpuBefore, readCpu());
    sent += responses;
    // From the batch's start to its last answer: autocannon's own duration is rounded up to its 1 s ticks.
    const rps = lastAt > startedAt ? responses / ((lastAt - startedAt) / 1000) : 0;
    const memory = memoryOf(target.pid!);
    const endMb = memory?.rssMb ?? NaN;
    floorMb = Math.min(floorMb, endMb);
    maxMb = Math.max(maxMb, endMb);
    const fullGcs = gc.fullCollections - fullGcsBefore;
    const rows = await countRequestLogRows(options.databaseUrl, soakStartedAt);
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
  return {
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

/** The soak's per-batch table. */
export function soakColumns(soak: SoakResult): { header: string[]; body: string[][] } {
  return {
    header: ["requests", "batch", "req/s", "RSS floor MB", "RSS max MB", "RSS at end MB", "VmHWM MB", "heap after full GC MB", "full GCs", "log rows pending", "errors", "non-2xx", "other CPU"],
    body: soak.samples.map((sample) => [
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
  };
}
