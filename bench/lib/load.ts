// Load generation: autocannon cells (in this process) and a sequential raw-HTTP loop for time to first byte.
import http from "node:http";
import autocannon, { type Instance, type Options, type Result } from "autocannon";
import { foreignCores, readCpu } from "./cpu-share";
import { Samples, summarize, type LatencySummary } from "./stats";
import { sleep } from "./processes";

export type Mode = "json" | "sse";
export type TargetId = "direct" | "proxy" | "proxy-request" | "fast" | "next";

export type Target = {
  id: TargetId;
  label: string;
  /** Full URL of the chat completions endpoint. */
  url: string;
  headers: Record<string, string>;
  bodies: Record<Mode, string>;
  /** The process serving this target (for RSS), when it is one of ours. */
  pid?: number;
};

export type Cell = {
  target: TargetId;
  mode: Mode;
  connections: number;
  round: number;
  durationS: number;
  responses: number;
  rps: number;
  latencyMs: LatencySummary;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  warmup: { durationS: number; responses: number; errors: number; non2xx: number };
  /** Seconds the benchmark's processes kept working after the measured run (e.g. a gateway writing its request log). */
  settleS: number | null;
  valid: boolean;
  rssAfterMb: number | null;
  /** CPU used by processes outside the benchmark during the measured run, in cores (see cpu-share.ts). */
  otherCpuCores: number | null;
};

let current: Instance | null = null;

/** Stops the autocannon run in progress (Ctrl-C). */
export function stopLoad(): void {
  current?.stop();
}

/** One autocannon run, with a watchdog so it can never run past `limitMs`. */
export async function runAutocannon(options: Options, limitMs: number, onResponse?: (status: number, ms: number) => void): Promise<Result> {
  const instance = autocannon({ pipelining: 1, timeout: 10, ...options, renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  current = instance;
  if (onResponse) {
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => onResponse(statusCode, responseTime));
  }
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), limitMs);
  });
  try {
    const first = await Promise.race([Promise.resolve(instance), watchdog]);
    if (first !== "timeout") return first;
    instance.stop();
    const late = await Promise.race([Promise.resolve(instance), sleep(10_000).then(() => null)]);
    if (!late) throw new Error(`autocannon did not stop after ${Math.round(limitMs / 1000)} s against ${options.url}`);
    return late;
  } finally {
    clearTimeout(timer);
    current = null;
  }
}

function requestOptions(target: Target, mode: Mode, connections: number): Options {
  return { url: target.url, method: "POST", headers: { "content-type": "application/json", ...target.headers }, body: target.bodies[mode], connections };
}

/** Warm-up (discarded), then a measured run of `durationS` seconds. */
export async function measureCell(
  target: Target,
  mode: Mode,
  connections: number,
  options: { durationS: number; warmupS: number; round: number; rssOf?: () => number | null },
): Promise<Cell> {
  const base = requestOptions(target, mode, connections);
  let warmup = { durationS: 0, responses: 0, errors: 0, non2xx: 0 };
  if (options.warmupS > 0) {
    let responses = 0;
    const result = await runAutocannon({ ...base, duration: options.warmupS }, (options.warmupS + 30) * 1000, () => responses++);
    warmup = { durationS: result.duration, responses, errors: result.errors, non2xx: result.non2xx };
  }
  const samples = new Samples();
  const cpuBefore = readCpu();
  const result = await runAutocannon({ ...base, duration: options.durationS }, (options.durationS + 30) * 1000, (_status, ms) => samples.add(ms));
  const otherCpuCores = foreignCores(cpuBefore, readCpu());
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const responses = samples.size;
  return {
    target: target.id,
    mode,
    connections,
    round: options.round,
    durationS: result.duration,
    responses,
    rps: result.duration > 0 ? responses / result.duration : 0,
    latencyMs: samples.summary(),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    warmup,
    valid: result.errors === 0 && result.non2xx === 0 && responses > 0,
    rssAfterMb: options.rssOf?.() ?? null,
    otherCpuCores,
    settleS: null,
  };
}

export type TimedResponse = { status: number; headers: http.IncomingHttpHeaders; ttfbMs: number; totalMs: number; body: string };

/** One POST over `agent`, timing the first body byte and the end of the body. */
export function timedRequest(target: Target, mode: Mode, agent: http.Agent, timeoutMs = 10_000): Promise<TimedResponse> {
  const url = new URL(target.url);
  const body = target.bodies[mode];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const ms = (t: bigint) => Number(t - start) / 1e6;
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...target.headers },
      },
      (res) => {
        let first: bigint | undefined;
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => {
          first ??= process.hrtime.bigint();
          chunks.push(chunk);
        });
        res.on("end", () => {
          const end = process.hrtime.bigint();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, ttfbMs: ms(first ?? end), totalMs: ms(end), body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** What a correct answer looks like; returns the problem, or null when it is fine. */
export function checkAnswer(target: Target, mode: Mode, answer: TimedResponse): string | null {
  if (answer.status !== 200) return `status ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (mode === "json") {
    try {
      const parsed = JSON.parse(answer.body) as { choices?: Array<{ message?: { content?: string } }> };
      if (!parsed.choices?.[0]?.message?.content?.startsWith("Echo:")) return `unexpected completion: ${answer.body.slice(0, 300)}`;
    } catch {
      return `not JSON: ${answer.body.slice(0, 300)}`;
    }
  } else {
    if (!String(answer.headers["content-type"]).startsWith("text/event-stream")) return `content-type ${answer.headers["content-type"]}`;
    if (!answer.body.trimEnd().endsWith("data: [DONE]")) return `stream did not end with [DONE]: …${answer.body.slice(-300)}`;
    if (!answer.body.includes("Echo:")) return `stream without the reply text: ${answer.body.slice(0, 300)}`;
  }
  if ((target.id === "fast" || target.id === "next") && answer.headers["x-switchboard-provider"] !== "openai") {
    return `x-switchboard-provider is ${answer.headers["x-switchboard-provider"]}, expected openai`;
  }
  return null;
}

/** One request per target and mode, checked: the benchmark refuses to measure a target that answers wrongly. */
export async function preflight(targets: Target[], modes: Mode[]): Promise<void> {
  for (const target of targets) {
    const agent = new http.Agent({ keepAlive: false });
    for (const mode of modes) {
      const answer = await timedRequest(target, mode, agent).catch((error: Error) => {
        throw new Error(`${target.label} (${mode}): ${error.message}`);
      });
      const problem = checkAnswer(target, mode, answer);
      if (problem) throw new Error(`${target.label} (${mode}) answers wrongly: ${problem}`);
    }
    agent.destroy();
  }
}

export type TtfbResult = {
  target: TargetId;
  requests: number;
  ttfbMs: LatencySummary;
  totalMs: LatencySummary;
  errors: number;
  badAnswers: number;
  firstProblem: string | null;
  valid: boolean;
  otherCpuCores: number | null;
};

/**
 * Time to first body byte of streamed answers: `count` sequential requests per target over one keep-alive
 * connection each, the targets interleaved request by request so drift on the machine hits all alike.
 */
export async function measureTtfb(targets: Target[], count: number, warmup: number, limitMs: number): Promise<TtfbResult[]> {
  const deadline = Date.now() + limitMs;
  const cpuBefore = readCpu();
  const state = targets.map((target) => ({
    target,
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    ttfb: [] as number[],
    total: [] as number[],
    errors: 0,
    bad: 0,
    firstProblem: null as string | null,
  }));
  for (let i = 0; i < warmup + count && Date.now() < deadline; i++) {
    for (const entry of state) {
      try {
        const answer = await timedRequest(entry.target, "sse", entry.agent);
        const problem = checkAnswer(entry.target, "sse", answer);
        if (problem) {
          entry.bad++;
          entry.firstProblem ??= problem;
        } else if (i >= warmup) {
          entry.ttfb.push(answer.ttfbMs);
          entry.total.push(answer.totalMs);
        }
      } catch (error) {
        entry.errors++;
        entry.firstProblem ??= (error as Error).message;
      }
    }
  }
  const otherCpuCores = foreignCores(cpuBefore, readCpu());
  return state.map((entry) => {
    entry.agent.destroy();
    return {
      target: entry.target.id,
      requests: entry.ttfb.length,
      ttfbMs: summarize(entry.ttfb),
      totalMs: summarize(entry.total),
      errors: entry.errors,
      badAnswers: entry.bad,
      firstProblem: entry.firstProblem,
      valid: entry.errors === 0 && entry.bad === 0 && entry.ttfb.length === count,
      otherCpuCores,
    };
  });
}
