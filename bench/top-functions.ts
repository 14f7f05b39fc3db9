// Summarises a V8 .cpuprofile (node --cpu-prof): the top self-time functions with their file:line, and self time
// by package/area. Optionally only the samples inside a window of the monotonic clock (microseconds, the clock of
// process.hrtime and of the profile's startTime), so start-up work does not drown the hot path.
//   tsx bench/top-functions.ts <file.cpuprofile> [--top 25] [--from <µs>] [--to <µs>]
import { readFileSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number; scriptId?: string };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type TopEntry = { selfMs: number; percent: number; functionName: string; location: string; area: string };
export type ProfileSummary = {
  file: string;
  windowMs: number;
  sampledMs: number;
  samples: number;
  windowApplied: boolean;
  top: TopEntry[];
  areas: Array<{ area: string; selfMs: number; percent: number }>;
  /** Every sample charged to the nearest enclosing function of the app's own source (src/, scripts/): what our code costs, dependencies included. */
  byAppFunction: TopEntry[];
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function shortUrl(url: string): string {
  if (!url) return "";
  let file = url.startsWith("file://") ? fileURLToPath(url) : url;
  if (file.startsWith(ROOT + path.sep)) file = path.relative(ROOT, file);
  return file;
}

// tsx runs TypeScript through esbuild with whitespace minified, so a frame of the app's own source says "line 1,
// column 532". tsx caches each transform with its source map in <tmp>/tsx-<uid>; when the entry for the file is
// still there (and its code has the function's name at that column), the position is mapped back to the .ts line.
type CacheEntry = { code: string[]; mappings: string; mtime: number };
let tsxCache: Map<string, CacheEntry[]> | null = null;

function loadTsxCache(): Map<string, CacheEntry[]> {
  if (tsxCache) return tsxCache;
  tsxCache = new Map();
  const dir = path.join(os.tmpdir(), `tsx-${process.getuid?.() ?? 0}`);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return tsxCache;
  }
  for (const name of names) {
    if (name.endsWith(".pipe")) continue;
    try {
      const file = path.join(dir, name);
      const entry = JSON.parse(readFileSync(file, "utf8")) as { code?: string; map?: { sources?: string[]; mappings?: string } };
      const source = entry.map?.sources?.[0];
      if (!entry.code || !source || !entry.map?.mappings) continue;
      const list = tsxCache.get(source) ?? [];
      list.push({ code: entry.code.split("\n"), mappings: entry.map.mappings, mtime: statSync(file).mtimeMs });
      tsxCache.set(source, list);
    } catch {
      // not a cache entry
    }
  }
  for (const list of tsxCache.values()) list.sort((a, b) => b.mtime - a.mtime);
  return tsxCache;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The original 0-based line of generated (line, column), from a source map's mappings. */
function originalLine(mappings: string, line: number, column: number): number | null {
  let sourceLine = 0;
  let best: number | null = null;
  const lines = mappings.split(";");
  for (let l = 0; l < lines.length && l <= line; l++) {
    let generatedColumn = 0;
    for (const segment of lines[l]!.split(",")) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generatedColumn += fields[0] ?? 0;
      if (fields.length >= 4) sourceLine += fields[2]!;
      if (l === line && fields.length >= 4 && generatedColumn <= column) best = sourceLine;
    }
  }
  return best;
}

function originalPosition(frame: CallFrame): string | null {
  if (!frame.url.startsWith("file://")) return null;
  const file = fileURLToPath(frame.url);
  if (!/\.(ts|tsx|mts|cts)$/.test(file)) return null;
  for (const entry of loadTsxCache().get(file) ?? []) {
    const code = entry.code[frame.lineNumber] ?? "";
    const name = frame.functionName.replace(/^.*[. ]/, "");
    if (name && !code.slice(Math.max(0, frame.columnNumber - 60), frame.columnNumber + 60).includes(name)) continue;
    const line = originalLine(entry.mappings, frame.lineNumber, frame.columnNumber);
    if (line !== null) return `${shortUrl(frame.url)}:${line + 1}`;
  }
  return null;
}

function locationOf(frame: CallFrame): string {
  if (!frame.url) return "";
  return originalPosition(frame) ?? `${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

/** Where the time goes, coarsely: the app's own source, a dependency, Node's internals, or V8 pseudo-frames. */
function areaOf(frame: CallFrame): string {
  const url = shortUrl(frame.url);
  if (!url) {
    if (frame.functionName.startsWith("(")) return frame.functionName; // (garbage collector), (program), (idle)
    return "native / V8 builtins";
  }
  if (url.startsWith("node:")) return `node: ${url.slice(5).split("/")[0]}`;
  const modules = url.lastIndexOf("node_modules/");
  if (modules !== -1) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? "?");
    if (name === "next") return `next (${rest.slice(1, 3).join("/")})`;
    return name;
  }
  if (url.startsWith("src/generated/")) return "src/generated (Prisma client)";
  if (url.startsWith("src/")) return url.split("/").slice(0, 4).join("/");
  if (url.startsWith(".next/")) return ".next (compiled app)";
  return url.split("/").slice(0, 2).join("/");
}

export function summarizeProfile(file: string, options: { top?: number; fromUs?: number; toUs?: number } = {}): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let from = options.fromUs ?? -Infinity;
  let to = options.toUs ?? Infinity;
  let windowApplied = options.fromUs !== undefined || options.toUs !== undefined;
  if (windowApplied && (from >= profile.endTime || to <= profile.startTime)) {
    // Not the same clock after all: fall back to the whole profile rather than an empty table.
    console.warn(`top-functions: window ${from}–${to} µs is outside the profile (${profile.startTime}–${profile.endTime} µs); using all samples`);
    from = -Infinity;
    to = Infinity;
    windowApplied = false;
  }

  const selfUs = new Map<number, number>();
  let time = profile.startTime;
  let sampled = 0;
  let count = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    if (time < from || time > to) continue;
    // A sample stands for the interval until the next one.
    const next = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + next);
    sampled += next;
    count++;
  }

  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const isApp = (frame: CallFrame) => /^(src|scripts)\//.test(shortUrl(frame.url));
  const appFrameOf = new Map<number, CallFrame | null>();
  const nearestApp = (id: number): CallFrame | null => {
    const cached = appFrameOf.get(id);
    if (cached !== undefined) return cached;
    let current: number | undefined = id;
    let found: CallFrame | null = null;
    for (let depth = 0; current !== undefined && depth < 10_000; depth++) {
      const frame = byId.get(current)?.callFrame;
      if (frame && isApp(frame)) {
        found = frame;
        break;
      }
      current = parent.get(current);
    }
    appFrameOf.set(id, found);
    return found;
  };

  const byFunction = new Map<string, { us: number; frame: CallFrame }>();
  const byApp = new Map<string, { us: number; frame: CallFrame }>();
  const byArea = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const key = `${frame.functionName}\0${frame.url}\0${frame.lineNumber}\0${frame.columnNumber}`;
    const entry = byFunction.get(key) ?? { us: 0, frame };
    entry.us += us;
    byFunction.set(key, entry);
    const area = areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    const app = frame.functionName.startsWith("(") ? null : nearestApp(id);
    if (app) {
      const appKey = `${app.functionName}\0${app.url}\0${app.lineNumber}\0${app.columnNumber}`;
      const appEntry = byApp.get(appKey) ?? { us: 0, frame: app };
      appEntry.us += us;
      byApp.set(appKey, appEntry);
    }
  }

  const percent = (us: number) => (sampled > 0 ? (us / sampled) * 100 : 0);
  const entries = (map: Map<string, { us: number; frame: CallFrame }>, limit: number) =>
    [...map.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, limit)
      .map(({ us, frame }) => ({
        selfMs: us / 1000,
        percent: percent(us),
        functionName: frame.functionName || "(anonymous)",
        location: locationOf(frame),
        area: areaOf(frame),
      }));
  const top = entries(byFunction, options.top ?? 25);
  const byAppFunction = entries(byApp, 20);
  const areas = [...byArea.entries()].sort((a, b) => b[1] - a[1]).map(([area, us]) => ({ area, selfMs: us / 1000, percent: percent(us) }));
  const windowMs = (Math.min(to, profile.endTime) - Math.max(from, profile.startTime)) / 1000;
  return { file, windowMs, sampledMs: sampled / 1000, samples: count, windowApplied, top, areas, byAppFunction };
}

export function formatSummary(summary: ProfileSummary, areaRows = 15): string {
  const lines: string[] = [];
  lines.push(`profile ${shortUrl(summary.file)}: ${summary.samples} samples, ${summary.sampledMs.toFixed(0)} ms sampled${summary.windowApplied ? ` (load window only, ${summary.windowMs.toFixed(0)} ms)` : " (whole process lifetime)"}`);
  lines.push("");
  lines.push(`top ${summary.top.length} by self time`);
  lines.push(`${"self ms".padStart(9)} ${"%".padStart(6)}  function  (file:line:column)`);
  for (const entry of summary.top) {
    lines.push(`${entry.selfMs.toFixed(1).padStart(9)} ${entry.percent.toFixed(1).padStart(6)}  ${entry.functionName}  ${entry.location ? `(${entry.location})` : ""}`);
  }
  lines.push("");
  lines.push("self time by area");
  for (const area of summary.areas.slice(0, areaRows)) {
    lines.push(`${area.selfMs.toFixed(1).padStart(9)} ${area.percent.toFixed(1).padStart(6)}  ${area.area}`);
  }
  lines.push("");
  lines.push("time charged to the nearest enclosing app function (src/, scripts/), dependencies and Node internals included");
  for (const entry of summary.byAppFunction) {
    lines.push(`${entry.selfMs.toFixed(1).padStart(9)} ${entry.percent.toFixed(1).padStart(6)}  ${entry.functionName}  (${entry.location})`);
  }
  return lines.join("\n");
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string", default: "25" }, from: { type: "string" }, to: { type: "string" }, json: { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file) {
    console.error("usage: tsx bench/top-functions.ts <file.cpuprofile> [--top 25] [--from <µs>] [--to <µs>] [--json]");
    process.exit(2);
  }
  const summary = summarizeProfile(file, {
    top: Number(values.top),
    fromUs: values.from === undefined ? undefined : Number(values.from),
    toUs: values.to === undefined ? undefined : Number(values.to),
  });
  console.log(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
}
