import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { generateApiKey, hashApiKey } from "../src/server/auth/api-key-secret";
import { encryptSecret } from "../src/server/crypto/secret-box";
import { createDatabaseIfMissing, freePort, startEmbeddedPostgres, type RunningPostgres } from "../src/server/db/embedded-postgres";
import { startFakeProvider, type FakeProvider } from "../src/testing/fake-providers";
import { startRedisServer, type RedisServer } from "../src/testing/redis/start-redis-server";
import { startUpstashRestServer, type UpstashRestServer } from "../src/testing/redis/upstash-rest-server";
import { PASSWORD, uniqueEmail } from "./helpers";

// How users scale out: two app instances (the real `npm start` server) on different ports, sharing one
// PostgreSQL and one Redis reached through @upstash/redis. Limits and revocations must hold across both.
test.describe.configure({ mode: "serial", timeout: 240_000 });

const secrets = {
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  API_KEY_HASH_SECRET: randomBytes(32).toString("base64url"),
  ENCRYPTION_KEY: randomBytes(32).toString("base64"),
};
const tempDir = mkdtempSync(path.join(os.tmpdir(), "switchboard-multi-"));
let postgres: RunningPostgres;
let redis: RedisServer;
let shim: UpstashRestServer;
let fake: FakeProvider;
let databaseUrl: string;
const instances: Array<{ url: string; process: ChildProcess }> = [];

async function startInstance(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, ...secrets, PORT: String(port), DATABASE_URL: databaseUrl, UPSTASH_REDIS_REST_URL: shim.url, UPSTASH_REDIS_REST_TOKEN: shim.token, KV_TIMEOUT_MS: "2000", SWITCHBOARD_DATA_DIR: path.join(tempDir, `data-${port}`) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://localhost:${port}`;
  await expect(async () => {
    if (child.exitCode !== null) throw new Error(`instance exited: ${output.slice(-2000)}`);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  }).toPass({ timeout: 180_000, intervals: [500] });
  return { url, process: child };
}

test.beforeAll(async () => {
  postgres = await startEmbeddedPostgres({ dir: path.join(tempDir, "pg"), password: "multi", persistent: false });
  await createDatabaseIfMissing(postgres.url("postgres"), "switchboard");
  databaseUrl = postgres.url("switchboard");
  redis = await startRedisServer();
  shim = await startUpstashRestServer({ redisUrl: redis.url });
  fake = await startFakeProvider({ format: "openai", apiKey: "multi-provider-key" });
  // One after the other: the first applies the migrations, the second finds them applied.
  instances.push(await startInstance());
  instances.push(await startInstance());
});

test.afterAll(async () => {
  for (const instance of instances) instance.process.kill("SIGTERM");
  await Promise.all(instances.map((instance) => new Promise((resolve) => (instance.process.exitCode !== null ? resolve(null) : instance.process.once("exit", resolve)))));
  await fake?.close();
  await shim?.close();
  await redis?.stop();
  await postgres?.stop();
  rmSync(tempDir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A user (signed up through instance A), with a BYOK OpenAI key on the fake provider and a gateway key. */
async function setUpAccount(options: { rateLimitRpm?: number } = {}) {
  const email = uniqueEmail("multi");
  const signUp = await fetch(`${instances[0]!.url}/api/trpc/auth.signUp`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: { email, password: PASSWORD } }) });
  expect(signUp.status).toBe(200);
  const [project] = await query<{ id: string }>(`SELECT p.id FROM "Project" p JOIN "Membership" m ON m."organizationId" = p."organizationId" JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`, [email]);
  await query(`INSERT INTO "ProviderCredential" (id, "projectId", "providerId", name, "baseUrl", "encryptedKey", "keyLast4", "updatedAt") VALUES ($1, $2, 'openai', 'fake', $3, $4, 'ykey', now())`, [
    `cred_${randomBytes(6).toString("hex")}`,
    project!.id,
    fake.baseUrl,
    encryptSecret("multi-provider-key", secrets.ENCRYPTION_KEY),
  ]);
  const { key, prefix, last4 } = generateApiKey();
  await query(`INSERT INTO "ApiKey" (id, "projectId", name, "keyHash", prefix, last4, "rateLimitRpm", "updatedAt") VALUES ($1, $2, 'multi', $3, $4, $5, $6, now())`, [
    `key_${randomBytes(6).toString("hex")}`,
    project!.id,
    hashApiKey(key, secrets.API_KEY_HASH_SECRET),
    prefix,
    last4,
    options.rateLimitRpm ?? null,
  ]);
  return { email, key };
}

const chat = (baseUrl: string, key: string) =>
  fetch(`${baseUrl}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "hello from one of two instances" }] }),
  });

test("a per-key limit of N requests per minute holds across both instances: N + k requests give exactly k 429s", async () => {
  const limit = 10;
  const extra = 6;
  const { key } = await setUpAccount({ rateLimitRpm: limit });
  // The limit counts in fixed one-minute windows: start early in one rather than straddle two.
  if (Date.now() % 60_000 > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 100));
  const statuses = await Promise.all(
    Array.from({ length: limit + extra }, async (_, i) => {
      const response = await chat(instances[i % 2]!.url, key);
      await response.text();
      return response.status;
    }),
  );
  const health = await Promise.all(instances.map(async (instance) => JSON.stringify((await (await fetch(`${instance.url}/api/health`)).json()).keyValueStore)));
  expect(statuses.filter((status) => status === 429), `statuses ${statuses.join(",")}; stores ${health.join(" ")}`).toHaveLength(extra);
  expect(statuses.filter((status) => status === 200)).toHaveLength(limit);
});

test("a key revoked through one instance stops working on the other within the 5 s key-cache bound", async ({ page }) => {
  const { email, key } = await setUpAccount();
  expect((await chat(instances[1]!.url, key)).status).toBe(200);

  await page.goto(`${instances[0]!.url}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(`${instances[0]!.url}/dashboard/api-keys`);
  await page.getByRole("button", { name: "Revoke multi" }).click();
  await page.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByTestId("api-key-row")).toContainText("revoked");
  const revokedAt = Date.now();

  let status = 200;
  while (status === 200 && Date.now() - revokedAt < 8_000) {
    status = (await chat(instances[1]!.url, key)).status;
    if (status === 200) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(status).toBe(401);
  expect(Date.now() - revokedAt).toBeLessThan(5_000 + 1_000);
});
