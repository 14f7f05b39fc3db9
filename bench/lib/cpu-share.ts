// How much of the machine's CPU went to processes that are not part of the benchmark (other people's tests, builds)
// while a cell ran: busy time from /proc/stat minus the CPU time of this process and all its descendants
// (load generator, upstream, proxy, servers, PostgreSQL). Linux only; null elsewhere.
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type Reading = { at: number; busyTicks: number; ourTicks: number; selfTicks: number };

function busyTicks(): number {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: busy = everything but idle and iowait.
  return cpu.reduce((sum, value, index) => (index === 3 || index === 4 || index > 7 ? sum : sum + value), 0);
}

function ourTicks(): { all: number; self: number } {
  const parentOf = new Map<number, number>();
  const ticksOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(name), Number(fields[1]));
      ticksOf.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      // exited meanwhile
    }
  }
  let total = 0;
  const self = ticksOf.get(process.pid) ?? 0;
  for (const [pid, ticks] of ticksOf) {
    for (let current: number | undefined = pid, depth = 0; current && depth < 64; current = parentOf.get(current), depth++) {
      if (current === process.pid) {
        total += ticks;
        break;
      }
    }
  }
  return { all: total, self };
}

export function readCpu(): Reading | null {
  try {
    const ours = ourTicks();
    return { at: performance.now(), busyTicks: busyTicks(), ourTicks: ours.all, selfTicks: ours.self };
  } catch {
    return null;
  }
}

/** CPU used outside the benchmark between two readings, in cores (0.5 = half a core busy with other work). */
export function foreignCores(before: Reading | null, after: Reading | null): number | null {
  if (!before || !after || after.at <= before.at) return null;
  const seconds = (after.at - before.at) / 1000;
  const foreign = (after.busyTicks - before.busyTicks - (after.ourTicks - before.ourTicks)) / TICKS_PER_SECOND;
  return Math.max(0, Math.min(os.cpus().length, foreign / seconds));
}

/**
 * Waits (at most `maxSeconds`) until processes outside the benchmark use less than `threshold` cores over a 2 s
 * probe. Returns the last probe's reading in cores (null when /proc is not readable).
 */
export async function waitForQuiet(maxSeconds: number, threshold: number, onWait?: (cores: number) => void): Promise<number | null> {
  const deadline = performance.now() + maxSeconds * 1000;
  let announced = false;
  for (;;) {
    const before = readCpu();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const cores = foreignCores(before, readCpu());
    if (cores === null || cores < threshold || performance.now() >= deadline) return cores;
    if (!announced) onWait?.(cores);
    announced = true;
  }
}

/**
 * Waits (at most `maxSeconds`) until the benchmark's own child processes are idle (< `threshold` cores over 1 s):
 * a gateway keeps working after its cell (e.g. writing its buffered request log), and that must not land on the
 * next target's cell. Returns how long it waited, in seconds.
 */
export async function waitForChildrenIdle(maxSeconds: number, threshold = 0.1): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = readCpu();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = readCpu();
    const waited = (performance.now() - started) / 1000;
    if (!before || !after) return waited;
    const seconds = (after.at - before.at) / 1000;
    const childCores = (after.ourTicks - after.selfTicks - (before.ourTicks - before.selfTicks)) / TICKS_PER_SECOND / seconds;
    if (childCores < threshold || waited >= maxSeconds) return waited;
  }
}
