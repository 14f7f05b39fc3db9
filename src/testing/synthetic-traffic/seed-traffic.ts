import { randomBytes } from "node:crypto";
import pg from "pg";
import { generateRequest, resolveMix, type SyntheticRequest, type TrafficTarget } from "./generate-requests";
import { insertSyntheticRequests } from "./insert-requests";
import { seededRandom, type Random } from "./random";
import { diurnalWeight } from "./traffic-mix";

const HOUR_MS = 3_600_000;

export type SeedTrafficOptions = {
  requests: number;
  days: number;
  /** End of the traffic (exclusive); now by default. */
  endMs?: number;
  seed?: number;
  batchSize?: number;
  /** Batches written at the same time, each on its own connection, while the next is generated. */
  parallel?: number;
  onProgress?: (written: number, total: number) => void;
};

/**
 * How many requests each hour of the period gets: the diurnal and weekly pattern, a 30% growth over the period,
 * ±15% noise; the counts add up to exactly `requests`.
 */
export function hourlyCounts(random: Random, requests: number, startMs: number, endMs: number): Array<{ hourMs: number; count: number }> {
  const hours: Array<{ hourMs: number; weight: number }> = [];
  for (let hourMs = Math.floor(startMs / HOUR_MS) * HOUR_MS; hourMs < endMs; hourMs += HOUR_MS) {
    const growth = 1 + (0.3 * (hourMs - startMs)) / Math.max(1, endMs - startMs);
    const covered = (Math.min(endMs, hourMs + HOUR_MS) - Math.max(startMs, hourMs)) / HOUR_MS;
    hours.push({ hourMs, weight: diurnalWeight(hourMs) * growth * (0.85 + 0.3 * random.next()) * covered });
  }
  const total = hours.reduce((sum, hour) => sum + hour.weight, 0);
  const counts = hours.map((hour) => ({ hourMs: hour.hourMs, count: Math.floor((requests * hour.weight) / total) }));
  let missing = requests - counts.reduce((sum, hour) => sum + hour.count, 0);
  for (let index = counts.length - 1; missing > 0; index = (index - 1 + counts.length) % counts.length, missing--) counts[index]!.count += 1;
  return counts;
}

/** Writes `requests` realistic request-log rows spread over the last `days` days, with their hourly rollups. */
export async function seedTraffic(databaseUrl: string, target: TrafficTarget, options: SeedTrafficOptions) {
  const random = seededRandom(options.seed ?? 20_26_11_24);
  const mix = resolveMix();
  const endMs = options.endMs ?? Date.now();
  const startMs = endMs - options.days * 24 * HOUR_MS;
  const batchSize = options.batchSize ?? 10_000;
  const idPrefix = `syn${randomBytes(5).toString("hex")}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.parallel ?? 2 });
  const inFlight = new Set<Promise<void>>();
  let written = 0;
  let counter = 0;
  let batch: SyntheticRequest[] = [];

  const send = async (rows: SyntheticRequest[]) => {
    const client = await pool.connect();
    try {
      await insertSyntheticRequests(client, rows);
      written += rows.length;
      options.onProgress?.(written, options.requests);
    } finally {
      client.release();
    }
  };
  let failure: { error: unknown } | null = null;
  const flush = async () => {
    // Failures are kept and rethrown here, so no write's rejection goes unobserved while others run.
    const write: Promise<void> = send(batch)
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
    batch = [];
    // Generating the next batch overlaps with the database writing this one.
    if (inFlight.size >= (options.parallel ?? 2)) await Promise.race(inFlight);
    if (failure) throw failure.error;
  };

  const started = performance.now();
  try {
    for (const { hourMs, count } of hourlyCounts(random, options.requests, startMs, endMs)) {
      const from = Math.max(hourMs, startMs);
      const span = Math.min(hourMs + HOUR_MS, endMs) - from;
      const times = Array.from({ length: count }, () => from + Math.floor(random.next() * span)).sort((a, b) => a - b);
      for (const time of times) {
        batch.push(generateRequest(random, mix, target, new Date(time), `${idPrefix}${(counter++).toString(36)}`));
        if (batch.length >= batchSize) await flush();
      }
    }
    if (batch.length > 0) await flush();
    await Promise.all(inFlight);
    if (failure) throw (failure as { error: unknown }).error;
  } finally {
    await Promise.all(inFlight);
    await pool.end();
  }
  return { requests: written, from: new Date(startMs), to: new Date(endMs), seconds: (performance.now() - started) / 1000 };
}
