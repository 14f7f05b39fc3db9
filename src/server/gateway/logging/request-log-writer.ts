import type { Prisma } from "@/generated/prisma/client";
import { rollUp, type RollupSource } from "../../analytics/roll-up";
import { rollupUpsertSql } from "../../analytics/upsert-rollups";
import { db } from "../../db/client";
import { insertRequestLogsSql, requestLogRowJson } from "./insert-request-logs";

export type RequestLogEntry = Prisma.RequestLogCreateManyInput;

/** What the writer keeps of a request until its batch is written: the row as JSON and the fields the rollups add up. */
type PendingRow = { json: string; rollup: RollupSource };

function pendingRow(entry: RequestLogEntry): PendingRow {
  return {
    json: requestLogRowJson(entry),
    rollup: {
      organizationId: entry.organizationId,
      projectId: entry.projectId,
      createdAt: entry.createdAt,
      apiKeyId: entry.apiKeyId,
      requestedModel: entry.requestedModel,
      modelId: entry.modelId,
      providerId: entry.providerId,
      status: entry.status,
      cacheStatus: entry.cacheStatus,
      promptTokens: entry.promptTokens,
      completionTokens: entry.completionTokens,
      cachedTokens: entry.cachedTokens,
      reasoningTokens: entry.reasoningTokens,
      totalCost: entry.totalCost,
      latencyMs: entry.latencyMs,
      ttftMs: entry.ttftMs,
    },
  };
}

const FLUSH_INTERVAL_MS = 1_000;
const MAX_BATCH = 500;
// Past this many unwritten rows (the database has been down for a while) the oldest are dropped, and said so,
// rather than letting memory grow without bound.
const MAX_PENDING = 50_000;

/**
 * Request log rows are written in batches off the request path: a request only appends to an array. Batches go
 * out when MAX_BATCH rows are waiting or every second, and on shutdown everything left is written before exit.
 */
export class RequestLogWriter {
  private pending: PendingRow[] = [];
  private lastUsed = new Map<string, Date>();
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private dropped = 0;

  append(entry: RequestLogEntry): void {
    // Stamped here, not by the database's default, so the hourly rollup counts the row in the hour it is stored in.
    entry.createdAt ??= new Date();
    this.pending.push(pendingRow(entry));
    if (entry.apiKeyId) this.lastUsed.set(entry.apiKeyId, entry.createdAt instanceof Date ? entry.createdAt : new Date());
    if (this.pending.length > MAX_PENDING) {
      this.dropped += this.pending.length - MAX_PENDING;
      this.pending.splice(0, this.pending.length - MAX_PENDING);
    }
    if (this.pending.length >= MAX_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS).unref();
  }

  get size(): number {
    return this.pending.length;
  }

  /** Writes everything appended so far; concurrent calls share one write. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.flushing) await this.flushing;
    if (this.pending.length === 0 && this.lastUsed.size === 0) return;
    this.flushing = this.writeAll().finally(() => (this.flushing = null));
    await this.flushing;
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      try {
        // The rollups change in the same transaction as the rows, so analytics always equal the raw log.
        const rows = batch.map((row) => row.json);
        const deltas = rollUp(batch.map((row) => row.rollup));
        await db().$transaction([db().$executeRaw(insertRequestLogsSql(rows)), db().$executeRaw(rollupUpsertSql(deltas))]);
      } catch (error) {
        this.pending.unshift(...batch);
        console.error(`[gateway] writing ${batch.length} request log rows failed; will retry:`, (error as Error).message);
        this.timer ??= setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS * 5).unref();
        return;
      }
    }
    if (this.dropped > 0) {
      console.error(`[gateway] dropped ${this.dropped} request log rows while the database was unavailable`);
      this.dropped = 0;
    }
    await this.writeLastUsed();
  }

  private async writeLastUsed(): Promise<void> {
    if (this.lastUsed.size === 0) return;
    const updates = [...this.lastUsed];
    this.lastUsed = new Map();
    const ids = updates.map(([id]) => id);
    // Epoch milliseconds, converted in SQL: Prisma keeps timestamps as UTC in "timestamp without time zone".
    const times = updates.map(([, at]) => at.getTime());
    try {
      await db().$executeRaw`
        UPDATE "ApiKey" AS k SET "lastUsedAt" = GREATEST(COALESCE(k."lastUsedAt", u.at), u.at)
        FROM (SELECT id, (to_timestamp(ms / 1000.0) AT TIME ZONE 'UTC') AS at FROM unnest(${ids}::text[], ${times}::float8[]) AS t(id, ms)) AS u
        WHERE k.id = u.id`;
    } catch (error) {
      console.error("[gateway] updating API key last-used times failed:", (error as Error).message);
    }
  }
}

const globalForWriter = globalThis as unknown as { switchboardRequestLog?: RequestLogWriter };

/** The process-wide writer (shared by the node:http fast path and Next's route handlers in the same process). */
export function requestLogWriter(): RequestLogWriter {
  globalForWriter.switchboardRequestLog ??= new RequestLogWriter();
  return globalForWriter.switchboardRequestLog;
}
