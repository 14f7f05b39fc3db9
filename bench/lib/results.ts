// What one benchmark run found, printed as text and Markdown (for the README) and written as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Cell } from "./load";
import type { BenchOptions, RunKind } from "./options";
import { printProfile, type ProfileResult } from "./profile";
import { TARGET_LABELS, markdownTable, matrixColumns, plainTable, rssColumns, ttfbColumns, verdictColumns, type RssRow, type Row, type TtfbRow, type Verdict } from "./report";
import { soakColumns, type SoakResult } from "./soak";

export type MachineInfo = {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
  gitCommit: string | null;
  gitUncommittedFiles: number | null;
};

export type Results = {
  kind: RunKind;
  startedAt: string;
  finishedAt?: string;
  machine: MachineInfo;
  notes: string[];
  options: BenchOptions;
  processes: Record<string, { pid: number; url?: string }>;
  cells: Cell[];
  rows: Row[];
  ttfb: TtfbRow[];
  rss: RssRow[];
  soak: SoakResult | null;
  profile: ProfileResult | null;
  verdicts: Verdict[];
  markdown: string;
};

type Section = { title: string; table: { header: string[]; body: string[][] } };

function sections(results: Results): Section[] {
  const { options } = results;
  const list: Section[] = [];
  if (results.rows.length) list.push({ title: "Throughput and latency (latency = full response; + = added over (a) upstream direct in the same cell)", table: matrixColumns(results.rows) });
  if (results.ttfb.length) list.push({ title: `Stream time to first byte (${options.ttfbRequests} sequential requests per target, keep-alive)`, table: ttfbColumns(results.ttfb) });
  if (results.rss.length) list.push({ title: "Memory (VmRSS from /proc/<pid>/status)", table: rssColumns(results.rss) });
  if (results.soak) {
    const soak = results.soak;
    list.push({
      title: `Soak: ${soak.requests} requests to ${TARGET_LABELS[soak.target]}, ${options.soakConnections} connections; RSS sampled every 250 ms during each batch (RSS before: ${soak.beforeMb?.toFixed(0)} MB, 3 s after: ${soak.idleAfterMb?.toFixed(0)} MB)`,
      table: soakColumns(soak),
    });
  }
  if (results.kind !== "profile") list.push({ title: "Targets (reported, never asserted)", table: verdictColumns(results.verdicts) });
  return list;
}

/** Prints the run and writes bench/results/<stamp>.json and bench/results/latest.json. */
export function printResults(results: Results, resultsDir: string, stamp: string, root: string, logDir: string): void {
  const m = results.machine;
  const header = [
    `${results.kind} run ${results.startedAt} · ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node} · load average ${m.loadAverageAtStart.join("/")} → ${m.loadAverageAtEnd?.join("/")} · commit ${m.gitCommit}${m.gitUncommittedFiles ? ` + ${m.gitUncommittedFiles} uncommitted files` : ""}`,
    ...(results.kind === "matrix" ? [`${results.options.durationS} s per cell after ${results.options.warmupS} s warm-up, ${results.options.rounds} round(s), targets alternating cell by cell.`] : []),
    ...results.notes,
  ];
  const parts = sections(results);
  console.log("");
  for (const line of header) console.log(line);
  for (const section of parts) {
    console.log(`\n${section.title}\n`);
    console.log(plainTable(section.table));
  }
  if (results.profile) printProfile(results.profile);

  results.markdown = [...header.map((line) => `${line}  `), ...parts.flatMap((section) => ["", `**${section.title}**`, "", markdownTable(section.table)])].join("\n");
  console.log("\n---------------- Markdown (for the README) ----------------\n");
  console.log(results.markdown);

  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${stamp}.json`);
  const json = JSON.stringify(results, null, 2);
  writeFileSync(file, json);
  writeFileSync(path.join(resultsDir, "latest.json"), json);
  console.log(`\n[bench] results: ${path.relative(root, file)} and bench/results/latest.json; process logs: ${path.relative(root, logDir)}`);
}
