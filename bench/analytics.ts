// `npm run bench:analytics`: how fast the dashboard's 30-day analytics view answers over 1,000,000 requests.
//
// On a throwaway embedded PostgreSQL (a temporary folder, removed at the end): migrate, sign up an account, seed
// synthetic traffic with the code behind `npm run seed:traffic` (rows + hourly rollups), ANALYZE, then time the
// service functions the Analytics page calls for its "30 d" range — all three at once, as the page sends them —
// and each on its own. Prints the seeding time and p50 / max per query over the runs.
//
//   npm run bench:analytics                                   1,000,000 requests over 30 days, 5 runs
//   npm run bench:analytics -- --requests 200000 --runs 10
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { disconnectDb } from "../src/server/db/client";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../src/server/db/embedded-postgres";
import { applyMigrations } from "../src/server/db/schema-engine";
import { signUp } from "../src/server/services/accounts/sign-up";
import { getAnalyticsBreakdown } from "../src/server/services/analytics/get-analytics-breakdown";
import { getAnalyticsSummary } from "../src/server/services/analytics/get-analytics-summary";
import { getAnalyticsTimeseries } from "../src/server/services/analytics/get-analytics-timeseries";
import type { ProjectScope } from "../src/server/services/scope";
import { seedTraffic } from "../src/testing/synthetic-traffic/seed-traffic";
import { resolveTrafficTarget } from "../src/testing/synthetic-traffic/traffic-target";

const { values: args } = parseArgs({
  options: { requests: { type: "string", default: "1000000" }, days: { type: "string", default: "30" }, runs: { type: "string", default: "5" } },
});
const requests = Number(args.requests);
const days = Number(args.days);
const runs = Number(args.runs);

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function bench(databaseUrl: string) {
  const account = await signUp({ email: `bench-${randomBytes(4).toString("hex")}@example.com`, password: "a-good-password-1" });
  const target = await resolveTrafficTarget({ projectId: account.projectId });
  const scope: ProjectScope = { userId: account.user.id, organizationId: account.organizationId, projectId: account.projectId, role: "owner" };

  console.log(`Seeding ${requests.toLocaleString("en-US")} requests over ${days} days…`);
  const seeded = await seedTraffic(databaseUrl, target, { requests, days });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  await client.query(`ANALYZE "RequestLog"; ANALYZE "RequestRollupHourly"`);
  const analyzeSeconds = (performance.now() - started) / 1000;
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "RequestRollupHourly"`);
  await client.end();
  console.log(`Seeded in ${seeded.seconds.toFixed(1)} s (${Math.round(seeded.requests / seeded.seconds).toLocaleString("en-US")} rows/s), ANALYZE ${analyzeSeconds.toFixed(1)} s, ${Number(rows[0]!.count).toLocaleString("en-US")} rollup rows.`);

  // The page's "30 d" range: the last 30 days up to now, so both edges are partial hours read from raw rows.
  const to = new Date();
  const range = { from: new Date(to.getTime() - 30 * 86_400_000), to };
  const queries: Record<string, () => Promise<unknown>> = {
    summary: () => getAnalyticsSummary(scope, range),
    "timeseries (requests by model)": () => getAnalyticsTimeseries(scope, { ...range, groupBy: "model", metric: "requests" }),
    "breakdown (by model)": () => getAnalyticsBreakdown(scope, { ...range, by: "model" }),
    "timeseries (p95 latency by provider)": () => getAnalyticsTimeseries(scope, { ...range, groupBy: "provider", metric: "latencyP95" }),
    "breakdown (by API key)": () => getAnalyticsBreakdown(scope, { ...range, by: "apiKey" }),
  };
  const pageView = () => Promise.all([queries.summary!(), queries["timeseries (requests by model)"]!(), queries["breakdown (by model)"]!()]);

  const cold = await timed(pageView);
  const samples = new Map<string, number[]>([["30-day view (summary + timeseries + breakdown, concurrent)", []]]);
  for (let run = 0; run < runs; run++) {
    samples.get("30-day view (summary + timeseries + breakdown, concurrent)")!.push(await timed(pageView));
    for (const [name, query] of Object.entries(queries)) samples.set(name, [...(samples.get(name) ?? []), await timed(query)]);
  }

  console.log(`\n30-day analytics over ${seeded.requests.toLocaleString("en-US")} requests, ${runs} runs (first view after seeding: ${cold.toFixed(0)} ms)\n`);
  const width = Math.max(...[...samples.keys()].map((name) => name.length));
  console.log(`${"query".padEnd(width)}  ${"p50 ms".padStart(8)}  ${"max ms".padStart(8)}`);
  for (const [name, values] of samples) {
    console.log(`${name.padEnd(width)}  ${percentile(values, 0.5).toFixed(0).padStart(8)}  ${Math.max(...values).toFixed(0).padStart(8)}`);
  }
}

const tempDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-analytics-"));
const postgres = await startEmbeddedPostgres({ dir: path.join(tempDir, "pg"), password: "bench", persistent: false });
try {
  await createDatabaseIfMissing(postgres.url("postgres"), "switchboard");
  const databaseUrl = postgres.url("switchboard");
  await applyMigrations(databaseUrl);
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    API_KEY_HASH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  });
  await bench(databaseUrl);
} finally {
  await disconnectDb();
  await postgres.stop();
  await rm(tempDir, { recursive: true, force: true });
}
process.exit();
