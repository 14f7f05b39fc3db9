// Turns measured cells into the tables the benchmark prints (plain text and Markdown) and the target verdicts.
import type { Cell, Mode, TargetId, TtfbResult } from "./load";

export const TARGET_LABELS: Record<TargetId, string> = {
  direct: "(a) upstream direct",
  proxy: "(b) minimal fetch proxy",
  "proxy-request": "(b′) minimal undici proxy",
  fast: "(c) gateway fast path",
  next: "(d) gateway via Next route",
};

export type Row = {
  mode: Mode;
  connections: number;
  target: TargetId;
  rounds: number;
  rps: number;
  rpsPerRound: number[];
  /** Throughput as a ratio of (b), the minimal fetch-and-pipe proxy: the issue's floor. */
  ratioToProxy: number | null;
  /** Throughput as a ratio of (b′), the same proxy forwarding with undici.request: a stricter floor. */
  ratioToRequestProxy: number | null;
  p50: number;
  p90: number;
  p99: number;
  addedP50: number | null;
  addedP99: number | null;
  errors: number;
  non2xx: number;
  valid: boolean;
  /** The most CPU other processes used during one of this row's cells, in cores. */
  otherCpuCores: number | null;
  /** The longest the benchmark's processes kept busy after one of this row's cells, in seconds. */
  settleS: number | null;
};

/** Above this much CPU used by other processes during a cell, its numbers are flagged as disturbed. */
export const NOISY_CORES = 0.25;

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** One row per (mode, connections, target): rounds averaged, compared with direct and with the minimal proxy. */
export function buildRows(cells: Cell[]): Row[] {
  const groups = new Map<string, Cell[]>();
  for (const cell of cells) {
    const key = `${cell.mode}|${cell.connections}|${cell.target}`;
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  const rows: Row[] = [...groups.values()].map((group) => {
    const first = group[0]!;
    return {
      mode: first.mode,
      connections: first.connections,
      target: first.target,
      rounds: group.length,
      rps: mean(group.map((cell) => cell.rps)),
      rpsPerRound: group.map((cell) => cell.rps),
      ratioToProxy: null,
      ratioToRequestProxy: null,
      p50: mean(group.map((cell) => cell.latencyMs.p50)),
      p90: mean(group.map((cell) => cell.latencyMs.p90)),
      p99: mean(group.map((cell) => cell.latencyMs.p99)),
      addedP50: null,
      addedP99: null,
      errors: group.reduce((sum, cell) => sum + cell.errors, 0),
      non2xx: group.reduce((sum, cell) => sum + cell.non2xx, 0),
      valid: group.every((cell) => cell.valid),
      otherCpuCores: group.some((cell) => cell.otherCpuCores !== null) ? Math.max(...group.map((cell) => cell.otherCpuCores ?? 0)) : null,
      settleS: group.some((cell) => cell.settleS !== null) ? Math.max(...group.map((cell) => cell.settleS ?? 0)) : null,
    };
  });
  for (const row of rows) {
    const peer = (target: TargetId) => rows.find((other) => other.mode === row.mode && other.connections === row.connections && other.target === target);
    const direct = peer("direct");
    const proxy = peer("proxy");
    const requestProxy = peer("proxy-request");
    if (direct && row.target !== "direct") {
      row.addedP50 = row.p50 - direct.p50;
      row.addedP99 = row.p99 - direct.p99;
    }
    if (proxy && proxy.rps > 0) row.ratioToProxy = row.rps / proxy.rps;
    if (requestProxy && requestProxy.rps > 0) row.ratioToRequestProxy = row.rps / requestProxy.rps;
  }
  const order: TargetId[] = ["direct", "proxy", "proxy-request", "fast", "next"];
  return rows.sort((a, b) => a.mode.localeCompare(b.mode) || a.connections - b.connections || order.indexOf(a.target) - order.indexOf(b.target));
}

export type TtfbRow = TtfbResult & { addedP50: number | null; addedP99: number | null };

export function buildTtfbRows(results: TtfbResult[]): TtfbRow[] {
  const direct = results.find((result) => result.target === "direct");
  return results.map((result) => ({
    ...result,
    addedP50: direct && result.target !== "direct" ? result.ttfbMs.p50 - direct.ttfbMs.p50 : null,
    addedP99: direct && result.target !== "direct" ? result.ttfbMs.p99 - direct.ttfbMs.p99 : null,
  }));
}

export type Verdict = { goal: string; measured: string; value: number | null; result: "PASS" | "MISS" | "INVALID" | "NOT RUN"; note?: string };

export type SoakSummary = {
  target: TargetId;
  requests: number;
  errors: number;
  non2xx: number;
  warmRssMb: number;
  finalRssMb: number;
  growthMb: number;
  growthPercent: number;
  slopeMbPer10k: number;
  /** Live heap after the last full GC (from --trace-gc), after the first batch and at the end. */
  heapFromMb: number;
  heapToMb: number;
  valid: boolean;
};

/** The issue's targets for the gateway's fast path (c). Reported, never asserted. */
export function verdicts(rows: Row[], ttfb: TtfbRow[], soak: SoakSummary | null): Verdict[] {
  const row = (mode: Mode, connections: number, target: TargetId) =>
    rows.find((candidate) => candidate.mode === mode && candidate.connections === connections && candidate.target === target);
  const list: Verdict[] = [];
  const check = (goal: string, value: number | null | undefined, ok: (value: number) => boolean, format: (value: number) => string, valid: boolean, ran: boolean) => {
    if (!ran || value === null || value === undefined || Number.isNaN(value)) list.push({ goal, measured: "–", value: null, result: "NOT RUN" });
    else list.push({ goal, measured: format(value), value, result: !valid ? "INVALID" : ok(value) ? "PASS" : "MISS" });
  };
  const ms = (value: number) => `${value >= 0 ? "+" : ""}${value.toFixed(2)} ms`;
  const ratio = (value: number) => `${value.toFixed(2)}×`;

  const json1 = row("json", 1, "fast");
  const direct1 = row("json", 1, "direct");
  const matrixRan = rows.length > 0;
  check("added latency p50, non-stream, 1 connection ≤ 1.0 ms", json1?.addedP50, (v) => v <= 1.0, ms, Boolean(json1?.valid && direct1?.valid), matrixRan && Boolean(json1 && direct1));
  check("added latency p99, non-stream, 1 connection ≤ 3 ms", json1?.addedP99, (v) => v <= 3, ms, Boolean(json1?.valid && direct1?.valid), matrixRan && Boolean(json1 && direct1));
  const fastTtfb = ttfb.find((entry) => entry.target === "fast");
  const directTtfb = ttfb.find((entry) => entry.target === "direct");
  check("added time to first byte p50, stream ≤ 2 ms", fastTtfb?.addedP50, (v) => v <= 2, ms, Boolean(fastTtfb?.valid && directTtfb?.valid), Boolean(fastTtfb && directTtfb));
  for (const mode of ["json", "sse"] as const) {
    const fast = row(mode, 50, "fast");
    const proxy = row(mode, 50, "proxy");
    check(
      `throughput ${mode === "json" ? "non-stream" : "stream"}, 50 connections ≥ 0.8× minimal fetch proxy (b)`,
      fast?.ratioToProxy,
      (v) => v >= 0.8,
      ratio,
      Boolean(fast?.valid && proxy?.valid),
      matrixRan && Boolean(fast && proxy),
    );
    const strict = list.at(-1)!;
    if (fast?.ratioToRequestProxy != null && strict.value !== null) strict.measured += ` (${fast.ratioToRequestProxy.toFixed(2)}× the undici proxy (b′))`;
  }
  if (!soak) list.push({ goal: "RSS flat after 100,000 requests", measured: "–", value: null, result: "NOT RUN", note: "npm run bench -- --soak 100000" });
  else {
    const flat = soak.growthPercent <= 10 && soak.slopeMbPer10k <= 2;
    list.push({
      goal: `RSS flat after ${soak.requests.toLocaleString("en-US")} requests (per-batch RSS floor after the first batch: growth ≤ 10%, trend ≤ 2 MB per 10k requests)`,
      measured: `floor ${soak.warmRssMb.toFixed(0)} → ${soak.finalRssMb.toFixed(0)} MB (${soak.growthMb >= 0 ? "+" : ""}${soak.growthMb.toFixed(1)} MB, ${soak.growthPercent.toFixed(1)}%; trend ${soak.slopeMbPer10k >= 0 ? "+" : ""}${soak.slopeMbPer10k.toFixed(2)} MB/10k)${Number.isNaN(soak.heapToMb) ? "" : `; heap after full GC ${soak.heapFromMb.toFixed(0)} → ${soak.heapToMb.toFixed(0)} MB`}`,
      value: soak.growthMb,
      result: !soak.valid || soak.requests < 100_000 ? (soak.valid ? "MISS" : "INVALID") : flat ? "PASS" : "MISS",
      note: soak.requests < 100_000 ? "fewer than 100,000 requests" : undefined,
    });
  }
  return list;
}

// ---------- formatting

const f = (value: number | null | undefined, digits = 2) => (value === null || value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits));
const signed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value) ? "–" : `${value >= 0 ? "+" : ""}${value.toFixed(digits)}`;
const rpsText = (row: Row) => (row.rounds > 1 ? `${row.rps.toFixed(0)} (${row.rpsPerRound.map((v) => v.toFixed(0)).join("/")})` : row.rps.toFixed(0));

export function matrixColumns(rows: Row[]): { header: string[]; body: string[][] } {
  const header = ["mode", "conns", "target", "req/s", "× (b)", "× (b′)", "p50 ms", "p90 ms", "p99 ms", "+p50 ms", "+p99 ms", "errors", "non-2xx", "busy after s", "other CPU", "cell"];
  const body = rows.map((row) => [
    row.mode === "json" ? "non-stream" : "stream",
    String(row.connections),
    TARGET_LABELS[row.target],
    rpsText(row),
    row.ratioToProxy === null ? "–" : `${row.ratioToProxy.toFixed(2)}×`,
    row.ratioToRequestProxy === null ? "–" : `${row.ratioToRequestProxy.toFixed(2)}×`,
    f(row.p50),
    f(row.p90),
    f(row.p99),
    signed(row.addedP50),
    signed(row.addedP99),
    String(row.errors),
    String(row.non2xx),
    f(row.settleS, 0),
    f(row.otherCpuCores),
    !row.valid ? "INVALID" : (row.otherCpuCores ?? 0) > NOISY_CORES ? "noisy" : "ok",
  ]);
  return { header, body };
}

export function ttfbColumns(rows: TtfbRow[]): { header: string[]; body: string[][] } {
  const header = ["target", "requests", "TTFB p50 ms", "TTFB p99 ms", "+p50 ms", "+p99 ms", "full stream p50 ms", "errors", "bad answers", "other CPU", "row"];
  const body = rows.map((row) => [
    TARGET_LABELS[row.target],
    String(row.requests),
    f(row.ttfbMs.p50, 3),
    f(row.ttfbMs.p99, 3),
    signed(row.addedP50, 3),
    signed(row.addedP99, 3),
    f(row.totalMs.p50, 3),
    String(row.errors),
    String(row.badAnswers),
    f(row.otherCpuCores),
    !row.valid ? "INVALID" : (row.otherCpuCores ?? 0) > NOISY_CORES ? "noisy" : "ok",
  ]);
  return { header, body };
}

export type RssRow = { process: string; pid: number; beforeMb: number | null; afterMb: number | null; peakMb: number | null };

export function rssColumns(rows: RssRow[]): { header: string[]; body: string[][] } {
  return {
    header: ["process", "RSS before MB", "RSS after MB", "Δ MB", "peak (VmHWM) MB"],
    body: rows.map((row) => [
      row.process,
      f(row.beforeMb, 0),
      f(row.afterMb, 0),
      row.beforeMb !== null && row.afterMb !== null ? signed(row.afterMb - row.beforeMb, 0) : "–",
      f(row.peakMb, 0),
    ]),
  };
}

export function verdictColumns(list: Verdict[]): { header: string[]; body: string[][] } {
  return { header: ["target (gateway fast path)", "measured", "result"], body: list.map((v) => [v.goal, v.measured, v.result + (v.note ? ` (${v.note})` : "")]) };
}

export function plainTable({ header, body }: { header: string[]; body: string[][] }): string {
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => (cells[i] ?? "").length)));
  const numeric = header.map((_, i) => body.every((cells) => /^[-+–0-9.×% ()/]*$/.test(cells[i] ?? "")));
  const line = (cells: string[]) => cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export function markdownTable({ header, body }: { header: string[]; body: string[][] }): string {
  const numeric = header.map((_, i) => body.every((cells) => /^[-+–0-9.×% ()/]*$/.test(cells[i] ?? "")));
  const escape = (cell: string) => cell.replaceAll("|", "\\|");
  return [
    `| ${header.map(escape).join(" | ")} |`,
    `|${numeric.map((isNumber) => (isNumber ? "---:" : "---")).join("|")}|`,
    ...body.map((cells) => `| ${cells.map(escape).join(" | ")} |`),
  ].join("\n");
}
