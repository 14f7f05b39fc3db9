import { asRecord } from "./json-access";
import type { FakeFault, FakeFaultKind } from "./types";

interface ScheduledFault {
  fault: FakeFault | null;
  remaining: number;
}

/**
 * Decides which fault (if any) the next request gets: queued faults first, one per request,
 * then the sticky fault until its `times` run out.
 */
export class FaultSchedule {
  private queue: ScheduledFault[] = [];
  private sticky: ScheduledFault | null = null;

  setSticky(fault: FakeFault | null): void {
    this.sticky = fault ? { fault, remaining: fault.times ?? Number.POSITIVE_INFINITY } : null;
  }

  setQueue(faults: ReadonlyArray<FakeFault | null>): void {
    this.queue = faults.map((fault) => ({ fault, remaining: fault?.times ?? 1 }));
  }

  clear(): void {
    this.queue = [];
    this.sticky = null;
  }

  take(path: string): FakeFault | null {
    const head = this.queue[0];
    if (head && appliesTo(head.fault, path)) {
      if (--head.remaining <= 0) this.queue.shift();
      return head.fault;
    }
    if (this.sticky && appliesTo(this.sticky.fault, path)) {
      const { fault } = this.sticky;
      if (--this.sticky.remaining <= 0) this.sticky = null;
      return fault;
    }
    return null;
  }
}

function appliesTo(fault: FakeFault | null, path: string): boolean {
  return !fault?.pathIncludes || path.includes(fault.pathIncludes);
}

const FAULT_KINDS: ReadonlySet<FakeFaultKind> = new Set<FakeFaultKind>([
  "status",
  "delay",
  "drop-mid-stream",
  "malformed-json",
  "hang",
  "stream-error-event",
  "hold-before-last-chunk",
]);

/** Light check for faults arriving over HTTP (control routes / CLI); in-process callers are type-checked. */
export function parseFault(value: unknown): FakeFault | null {
  if (value === null) return null;
  const record = asRecord(value);
  const kind = record?.kind;
  if (typeof kind !== "string" || !FAULT_KINDS.has(kind as FakeFaultKind)) {
    throw new Error(`not a fault: ${JSON.stringify(value)} (kind must be one of ${[...FAULT_KINDS].join(", ")})`);
  }
  if (kind === "status" && typeof record?.status !== "number") throw new Error("status fault needs a numeric status");
  if (kind === "delay" && typeof record?.ms !== "number") throw new Error("delay fault needs ms");
  if (kind === "drop-mid-stream" && typeof record?.afterChunks !== "number") {
    throw new Error("drop-mid-stream fault needs afterChunks");
  }
  return value as FakeFault;
}
