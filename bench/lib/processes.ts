// Child processes of the benchmark: started in their own process group, logged to a file, watched for a ready
// line, and always stopped at the end (SIGTERM, then SIGKILL for the whole group).
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync, type WriteStream } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";

export type Child = {
  name: string;
  pid: number;
  process: ChildProcess;
  logFile: string;
  /** The last lines of output, for error messages. */
  tail: string[];
  exited: Promise<number | null>;
  hasExited: () => boolean;
};

const running = new Set<Child>();

export function runningChildren(): Child[] {
  return [...running];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/**
 * Starts `command args` and resolves once `ready(line)` returns a value for a line of its stdout. Rejects when the
 * process exits first or `timeoutMs` passes (and then stops it).
 */
export async function startChild<T>(options: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  logDir: string;
  ready: (line: string) => T | undefined;
  timeoutMs: number;
  onLine?: (line: string) => void;
}): Promise<{ child: Child; value: T }> {
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log: WriteStream = createWriteStream(logFile, { flags: "a" });
  const proc = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["pipe", "pipe", "pipe"],
    // Own process group: a `next build` or other grandchild can be stopped with its parent.
    detached: true,
  });
  if (proc.pid === undefined) throw new Error(`could not start ${options.name}`);
  let exitedFlag = false;
  const exited = new Promise<number | null>((resolve) => {
    proc.once("exit", (code, signal) => {
      exitedFlag = true;
      log.write(`\n[bench] ${options.name} exited (code ${code}, signal ${signal})\n`);
      resolve(code);
    });
    proc.once("error", () => {
      exitedFlag = true;
      resolve(null);
    });
  });
  const child: Child = { name: options.name, pid: proc.pid, process: proc, logFile, tail: [], exited, hasExited: () => exitedFlag };
  running.add(child);
  void exited.then(() => {
    running.delete(child);
    log.end();
  });

  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      void stopChild(child, 5_000);
      reject(new Error(`${options.name} was not ready within ${Math.round(options.timeoutMs / 1000)} s; last output:\n${child.tail.join("\n")}\n(log: ${logFile})`));
    }, options.timeoutMs);
    const onLine = (line: string, stream: "out" | "err") => {
      log.write(stream === "err" ? `[stderr] ${line}\n` : `${line}\n`);
      child.tail.push(line);
      if (child.tail.length > 30) child.tail.shift();
      options.onLine?.(line);
      if (settled || stream !== "out") return;
      const value = options.ready(line);
      if (value !== undefined) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, value });
      }
    };
    createInterface({ input: proc.stdout! }).on("line", (line) => onLine(line, "out"));
    createInterface({ input: proc.stderr! }).on("line", (line) => onLine(line, "err"));
    void exited.then((code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${options.name} exited (code ${code}) before it was ready; last output:\n${child.tail.join("\n")}\n(log: ${logFile})`));
    });
  });
}

/** SIGTERM (graceful), then SIGKILL to the child's whole process group after `graceMs`. */
export async function stopChild(child: Child, graceMs = 20_000): Promise<void> {
  if (!child.hasExited()) {
    try {
      process.kill(child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    const timedOut = await Promise.race([child.exited.then(() => false), sleep(graceMs).then(() => true)]);
    if (timedOut) {
      killGroup(child.pid);
      await Promise.race([child.exited, sleep(5_000)]);
    }
  }
  // Whatever the child started and left behind (e.g. a `next build` interrupted mid-way).
  killGroup(child.pid);
  child.process.stdin?.destroy();
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // no such group left
  }
}

/** Immediate SIGKILL of every child's process group: the last resort on a second Ctrl-C. */
export function killAllNow(): void {
  for (const child of running) killGroup(child.pid);
}

export type MemoryStatus = { rssMb: number; peakRssMb: number };

/** VmRSS and VmHWM (peak RSS) from /proc/<pid>/status, in MB; null when the process is gone. */
export function memoryOf(pid: number): MemoryStatus | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
