// `npm run seed:traffic -- --requests 1000000 [--days 30] [--project <id> | --email <owner email>] [--seed 42]`:
// realistic synthetic gateway traffic (request-log rows and their hourly rollups) for development and benchmarks,
// written to the same database `npm start` uses (see src/server/db/operator-database.ts).
import pg from "pg";
import { loadEnvFiles } from "../src/server/config/load-env-files";
import { applyGeneratedSecrets } from "../src/server/config/secrets";
import { disconnectDb } from "../src/server/db/client";
import { connectOperatorDatabase } from "../src/server/db/operator-database";
import { seedTraffic } from "../src/testing/synthetic-traffic/seed-traffic";
import { DEMO_EMAIL, resolveTrafficTarget } from "../src/testing/synthetic-traffic/traffic-target";

const USAGE = `Usage: npm run seed:traffic -- [--requests 100000] [--days 30] [--project <project id> | --email <owner's email>] [--seed <number>]
Without --project or --email the traffic goes to a demo account (${DEMO_EMAIL}), created when missing.`;

function readOptions(args: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index];
    const value = args[index + 1];
    if (!name?.startsWith("--") || value === undefined) throw new Error(`Expected --name value pairs, got "${args.slice(index).join(" ")}".`);
    options[name.slice(2)] = value;
  }
  return options;
}

function positiveInteger(value: string | undefined, fallback: number, label: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replaceAll("_", ""));
  if (!Number.isSafeInteger(parsed) || parsed <= 0) throw new Error(`--${label} must be a positive whole number, got "${value}".`);
  return parsed;
}

loadEnvFiles(false);
applyGeneratedSecrets();
let database: Awaited<ReturnType<typeof connectOperatorDatabase>> | null = null;
try {
  const options = readOptions(process.argv.slice(2));
  const requests = positiveInteger(options.requests, 100_000, "requests");
  const days = positiveInteger(options.days, 30, "days");
  database = await connectOperatorDatabase();
  console.log(`Database: ${database.description}`);
  const target = await resolveTrafficTarget({ projectId: options.project, email: options.email });
  console.log(`Seeding ${requests.toLocaleString("en-US")} requests over ${days} days into ${target.description}…`);
  let reported = 0;
  const result = await seedTraffic(process.env.DATABASE_URL!, target, {
    requests,
    days,
    seed: options.seed ? positiveInteger(options.seed, 1, "seed") : undefined,
    onProgress: (written, total) => {
      if (written - reported >= total / 10 || written === total) {
        reported = written;
        console.log(`  ${written.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`);
      }
    },
  });
  // Fresh planner statistics after a bulk load, as autovacuum would gather a little later.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`ANALYZE "RequestLog"; ANALYZE "RequestRollupHourly"`);
  await client.end();
  console.log(`Wrote ${result.requests.toLocaleString("en-US")} requests (${result.from.toISOString()} – ${result.to.toISOString()}) in ${result.seconds.toFixed(1)} s.`);
  if (target.demoAccount) {
    console.log(`Sign in as ${target.demoAccount.email} / ${target.demoAccount.password}${target.demoAccount.created ? " (account created now)" : ""} and open Dashboard → Analytics.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database?.stop();
}
process.exit();
