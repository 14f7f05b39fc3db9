// `npm start`: builds when the sources changed, starts the database (embedded unless DATABASE_URL is set),
// migrates it, and serves dashboard and gateway on PORT (default 3000).
import { loadEnvFiles } from "../src/server/config/load-env-files";
import { applyGeneratedSecrets } from "../src/server/config/secrets";
import { prepareDatabase } from "../src/server/db/prepare-database";
import { env } from "../src/server/env";
import { buildApp } from "../src/server/http/build-app";
import { isBuildCurrent } from "../src/server/http/build-stamp";
import { requestLogWriter } from "../src/server/gateway/logging/request-log-writer";
import { releaseExpiredReservations } from "../src/server/services/billing/release-expired-reservations";
import { startProductionServer } from "../src/server/http/production-server";

Object.assign(process.env, { NODE_ENV: "production" });
loadEnvFiles(false);
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), got "${process.env.PORT}".`);
  process.exit(1);
}

applyGeneratedSecrets();
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

if (!isBuildCurrent()) {
  console.log("Building the app (first start or sources changed)…");
  await buildApp();
}

const database = await prepareDatabase();
try {
  env();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await database.stop();
  process.exit(1);
}

const app = await startProductionServer({
  port,
  hostname: process.env.HOST ?? "0.0.0.0",
  trustProxy: env().TRUST_PROXY === "true",
  // "off" sends /v1/* through Next's route handlers instead (same pipeline), e.g. to compare the two in benchmarks.
  gatewayFastPath: env().GATEWAY_FAST_PATH !== "off",
});
// Credit holds left open by a crashed request (its own or another instance's) expire and are released here.
setInterval(() => void releaseExpiredReservations().catch((error: Error) => console.error("releasing expired credit holds failed:", error.message)), 60_000).unref();
console.log(`Switchboard is running at ${app.url} (dashboard) and ${app.url}/v1 (gateway API)`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received: finishing requests and stopping…`);
  const force = setTimeout(() => process.exit(1), 15_000);
  force.unref();
  await app.close();
  // Every request has finished: write the request log rows still buffered before the database goes away.
  await requestLogWriter().flush();
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
