import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import OpenAI from "openai";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import { startFakeProvider, type FakeProvider } from "@/testing/fake-providers";
import { addFakeCredential } from "@/testing/gateway/project";
import { startNodeGateway, type RunningGateway } from "@/testing/gateway/servers";
import { createTestUser } from "@/testing/integration/fixtures";
import { clearKeyCache } from "./auth/api-key-cache";
import { requestLogWriter } from "./logging/request-log-writer";
import type { RoutingDecision } from "./routing/plan-route";
import { clearCredentialCache } from "./routing/project-credentials";
import { MemoryStore, setKeyValueStoreForTests } from "@/server/kv";
import { liveMetrics } from "./state";

// llama-3.3-70b is served by several OpenAI-compatible providers; two fakes stand in for Groq and Together.
const MODEL = "llama-3.3-70b";
let gateway: RunningGateway;
let groq: FakeProvider;
let together: FakeProvider;
let user: Awaited<ReturnType<typeof createTestUser>>;
let client: OpenAI;
let apiKey: string;

before(async () => {
  gateway = await startNodeGateway();
  groq = await startFakeProvider({ format: "openai", apiKey: "groq-key", chunkDelayMs: 1 });
  together = await startFakeProvider({ format: "openai", apiKey: "together-key", chunkDelayMs: 1 });
  user = await createTestUser("smart");
  await addFakeCredential(user.projectId, "groq", groq, "groq-key");
  await addFakeCredential(user.projectId, "together", together, "together-key");
  apiKey = (await user.caller.apiKeys.create({ projectId: user.projectId, name: "smart" })).key;
  client = new OpenAI({ baseURL: gateway.baseUrl, apiKey, maxRetries: 0 });
});
after(async () => {
  await gateway.close();
  await groq.close();
  await together.close();
});
beforeEach(() => {
  groq.reset();
  together.reset();
  // Each test starts with no live metrics, cache entries or rate-limit counters.
  setKeyValueStoreForTests(new MemoryStore());
  liveMetrics().forget();
});

async function logRows(where: object = {}) {
  await requestLogWriter().flush();
  return db().requestLog.findMany({ where: { projectId: user.projectId, ...where }, orderBy: { createdAt: "asc" } });
}

async function setProject(data: { cacheEnabled?: boolean; cacheTtlSeconds?: number; routingConfig?: object | null }) {
  await db().project.update({ where: { id: user.projectId }, data: { ...data, routingConfig: data.routingConfig === null ? Prisma.DbNull : data.routingConfig } });
  clearKeyCache();
}

describe("retries and failover", () => {
  test("with one provider failing every request, 100 of 100 requests succeed and the log shows why", async () => {
    groq.setFault({ kind: "status", status: 500 });
    const tag = `failover-${Date.now()}`;
    let ok = 0;
    for (let i = 0; i < 100; i++) {
      const completion = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: `request ${i}` }] }, { headers: { "x-switchboard-meta-run": tag } });
      if (completion.choices[0]?.message.content?.includes(`request ${i}`)) ok++;
    }
    assert.equal(ok, 100);
    const rows = (await logRows({ status: 200 })).filter((row) => (row.metadata as Record<string, string> | null)?.run === tag);
    assert.equal(rows.length, 100);
    const failedOver = rows.filter((row) => row.retries > 0);
    assert.ok(failedOver.length > 0, "some requests must have tried the failing provider first");
    for (const row of rows) {
      const decision = row.routing as RoutingDecision;
      assert.ok(["scored", "price-only", "exploration"].includes(decision.reason), decision.reason);
      assert.equal(decision.candidates.length, 2);
      assert.equal(decision.attempts.at(-1)!.provider, "together");
      assert.equal(decision.attempts.at(-1)!.status, 200);
      for (const attempt of decision.attempts.slice(0, -1)) assert.deepEqual([attempt.provider, attempt.status], ["groq", 502]);
      assert.equal(row.providerId, "together");
    }
    // Once the failures are in the live metrics, the scorer stops choosing the failing provider first.
    assert.ok(failedOver.length < 50, `${failedOver.length} requests still went to the failing provider first`);
  });

  test("a 429 then success: the retry goes to the other provider and the headers say so", async () => {
    groq.setFaults([{ kind: "status", status: 429, retryAfter: 1 }]);
    const { data, response } = await client.chat.completions
      .create({ model: MODEL, messages: [{ role: "user", content: "rate limited once" }], provider: { order: ["groq", "together"] } } as OpenAI.ChatCompletionCreateParamsNonStreaming)
      .withResponse();
    assert.match(data.choices[0]!.message.content ?? "", /rate limited once/);
    assert.equal(response.headers.get("x-switchboard-retries"), "1");
  });

  test("an upstream that hangs is abandoned at the per-attempt timeout and retried elsewhere", async () => {
    await setProject({ routingConfig: { rules: [], request_timeout_ms: 300 } });
    groq.setFault({ kind: "hang", times: 1 });
    const started = Date.now();
    const completion = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "slow start" }], provider: { order: ["groq", "together"] } } as OpenAI.ChatCompletionCreateParamsNonStreaming);
    assert.match(completion.choices[0]!.message.content ?? "", /slow start/);
    assert.ok(Date.now() - started < 3_000);
    assert.equal(groq.requests.length, 1);
    await setProject({ routingConfig: null });
  });

  test("the client's own mistakes are not retried", async () => {
    groq.setFault({ kind: "status", status: 400, message: "bad parameter" });
    together.setFault({ kind: "status", status: 400, message: "bad parameter" });
    await assert.rejects(client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "x" }] }), (error: InstanceType<typeof OpenAI.APIError>) => error.status === 400);
    assert.equal(groq.requests.length + together.requests.length, 1);
  });

  test("all providers down is a 502 in the OpenAI envelope, naming each attempt", async () => {
    groq.setFault({ kind: "status", status: 503 });
    together.setFault({ kind: "status", status: 500 });
    await assert.rejects(client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "x" }] }), (error: InstanceType<typeof OpenAI.APIError>) => {
      assert.equal(error.status, 502);
      assert.equal(error.code, "all_providers_failed");
      assert.match(error.message, /groq/);
      assert.match(error.message, /together/);
      return true;
    });
  });

  test("a pinned provider or X-No-Fallback disables cross-provider failover", async () => {
    groq.setFault({ kind: "status", status: 500 });
    await assert.rejects(client.chat.completions.create({ model: `groq/${MODEL}`, messages: [{ role: "user", content: "x" }] }), (error: InstanceType<typeof OpenAI.APIError>) => error.status === 502);
    assert.equal(together.requests.length, 0);
    groq.reset();
    together.setFault({ kind: "status", status: 500 });
    const first = await db().requestLog.count({ where: { projectId: user.projectId } });
    const response = await fetch(`${gateway.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", "x-no-fallback": "true" },
      body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "x" }], provider: { order: ["together", "groq"] } }),
    });
    assert.equal(response.status, 502);
    assert.equal(response.headers.get("x-switchboard-retries"), "0");
    assert.equal(groq.requests.length, 0);
    assert.ok((await db().requestLog.count({ where: { projectId: user.projectId } })) >= first);
  });

  test("a stream can fail over before its first byte", async () => {
    groq.setFault({ kind: "status", status: 500 });
    const stream = await client.chat.completions.create({ model: MODEL, stream: true, messages: [{ role: "user", content: "stream after failover" }] });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    assert.match(text, /stream after failover/);
  });
});

describe("routing decisions", () => {
  test("with seeded metrics the chosen provider matches the scoring formula", async () => {
    const metrics = liveMetrics();
    // Groq: cheaper but 40% failures; Together: reliable. The formula must prefer Together.
    for (let i = 0; i < 20; i++) metrics.record({ modelId: MODEL, providerId: "groq", ok: i % 5 > 1, ttftMs: 100, outputTokens: 100, generationMs: 500 });
    for (let i = 0; i < 20; i++) metrics.record({ modelId: MODEL, providerId: "together", ok: true, ttftMs: 300, outputTokens: 100, generationMs: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    metrics.forget();
    const { response } = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "who wins" }] }, { headers: { "x-request-id": "seeded-metrics-1" } }).withResponse();
    assert.equal(response.headers.get("x-switchboard-provider"), "together");
    const row = (await logRows({ requestId: "seeded-metrics-1" }))[0]!;
    const decision = row.routing as RoutingDecision;
    assert.ok(["scored", "exploration"].includes(decision.reason));
    const groqScore = decision.candidates.find((c) => c.provider === "groq")!;
    const togetherScore = decision.candidates.find((c) => c.provider === "together")!;
    assert.equal(groqScore.inputs!.uptime, 0.6);
    assert.ok(togetherScore.score! > groqScore.score!);
  });

  test("exploration sends about 1% of bare-model requests to a runner-up", async () => {
    const { planRoute } = await import("./routing/plan-route");
    const { authenticate } = await import("./auth/authenticate");
    const { seededRandom } = await import("./routing/scoring");
    const key = await authenticate({ authorization: `Bearer ${apiKey}` });
    const random = seededRandom(7);
    let explored = 0;
    const runs = 20_000;
    for (let i = 0; i < runs; i++) {
      const plan = await planRoute({ requestedModel: MODEL, key, routing: {}, metadata: {}, noFallback: false, metrics: liveMetrics(), random, explorationRate: 0.01 });
      if (plan.decision.reason === "exploration") explored++;
    }
    const rate = explored / runs;
    assert.ok(rate > 0.007 && rate < 0.013, `exploration rate ${rate}`);
  });

  test("config rules: a fallback chain across models and weighted load balancing", async () => {
    await setProject({
      routingConfig: {
        rules: [
          { name: "cheap first", when: { model: "team-default" }, strategy: "fallback", targets: [{ model: `groq/${MODEL}` }, { model: `together/${MODEL}` }] },
          { name: "split", when: { metadata: { tier: "split" } }, strategy: "loadbalance", targets: [{ model: `groq/${MODEL}`, weight: 3 }, { model: `together/${MODEL}`, weight: 1 }] },
        ],
      },
    });
    groq.setFault({ kind: "status", status: 500, times: 1 });
    const { response } = await client.chat.completions.create({ model: "team-default", messages: [{ role: "user", content: "rule" }] }, { headers: { "x-request-id": "rule-fallback-1" } }).withResponse();
    assert.equal(response.headers.get("x-switchboard-provider"), "together");
    const decision = (await logRows({ requestId: "rule-fallback-1" }))[0]!.routing as RoutingDecision;
    assert.equal(decision.rule, "cheap first");
    assert.deepEqual(decision.attempts.map((a) => [a.provider, a.status]), [["groq", 502], ["together", 200]]);

    const counts = { groq: 0, together: 0 };
    for (let i = 0; i < 80; i++) {
      const { response: r } = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "split" }] }, { headers: { "x-switchboard-meta-tier": "split" } }).withResponse();
      counts[r.headers.get("x-switchboard-provider") as "groq" | "together"]++;
    }
    assert.ok(counts.groq > counts.together * 1.5, `weights 3:1 gave ${JSON.stringify(counts)}`);
    assert.ok(counts.together > 0);
    await setProject({ routingConfig: null });
  });

  test("OpenRouter-style models list and provider preferences", async () => {
    const response = await fetch(`${gateway.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "no-such-model", models: [MODEL], provider: { only: ["together"] }, messages: [{ role: "user", content: "models list" }] }),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("x-switchboard-provider"), "together");
    const body = (await response.json()) as { model: string };
    assert.ok(body.model);
    assert.equal((groq.requests.at(-1)?.body as { provider?: unknown } | undefined)?.provider, undefined);
    assert.equal((together.requests.at(-1)!.body as { models?: unknown }).models, undefined, "routing fields must not reach the upstream");
  });
});

describe("response cache", () => {
  test("miss, hit (free, logged as cached), skip, stream replay and TTL expiry", async () => {
    await setProject({ cacheEnabled: true, cacheTtlSeconds: 60 });
    const ask = (headers: Record<string, string> = {}, stream = false, content = "cache me please") =>
      fetch(`${gateway.baseUrl}/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", ...headers },
        body: JSON.stringify({ model: MODEL, stream, temperature: 0, messages: [{ role: "user", content }] }),
      });
    const first = await ask({ "x-request-id": "cache-miss" });
    assert.equal(first.headers.get("x-switchboard-cache"), "MISS");
    const firstBody = await first.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const upstreamCalls = groq.requests.length + together.requests.length;
    const second = await ask({ "x-request-id": "cache-hit" });
    assert.equal(second.headers.get("x-switchboard-cache"), "HIT");
    assert.equal(await second.text(), firstBody);
    assert.equal(groq.requests.length + together.requests.length, upstreamCalls, "a hit must not call the provider");
    const skipped = await ask({ "x-no-cache": "true" });
    assert.equal(skipped.headers.get("x-switchboard-cache"), "SKIP");
    await skipped.text();

    const streamedMiss = await ask({}, true);
    const missText = await streamedMiss.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const streamedHit = await ask({}, true);
    assert.equal(streamedHit.headers.get("x-switchboard-cache"), "HIT");
    assert.match(streamedHit.headers.get("content-type") ?? "", /text\/event-stream/);
    assert.equal(await streamedHit.text(), missText);

    const hitRow = (await logRows({ requestId: "cache-hit" }))[0]!;
    assert.equal(hitRow.cacheStatus, "hit");
    assert.equal(hitRow.totalCost.toString(), "0");
    assert.equal((await logRows({ requestId: "cache-miss" }))[0]!.cacheStatus, "miss");

    await setProject({ cacheEnabled: true, cacheTtlSeconds: 1 });
    const fresh = await ask({ "x-request-id": "cache-short" }, false, "short-lived answer");
    assert.equal(fresh.headers.get("x-switchboard-cache"), "MISS");
    await fresh.text();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const cached = await ask({}, false, "short-lived answer");
    assert.equal(cached.headers.get("x-switchboard-cache"), "HIT");
    await cached.text();
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    const expired = await ask({}, false, "short-lived answer");
    assert.equal(expired.headers.get("x-switchboard-cache"), "MISS");
    await expired.text();
    await setProject({ cacheEnabled: false });
  });
});

describe("per-key limits", () => {
  test("requests per minute: RateLimit headers, then 429 with Retry-After", async () => {
    const { key, apiKey: created } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "limited" });
    await db().apiKey.update({ where: { id: created.id }, data: { rateLimitRpm: 3 } });
    clearKeyCache();
    // Stay inside one fixed window: wait out the end of a minute rather than straddle it.
    if (Date.now() % 60_000 > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 50));
    const call = () => fetch(`${gateway.baseUrl}/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "x" }] }) });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await call();
      statuses.push(last.status);
      if (i === 0) assert.match(last.headers.get("ratelimit-policy") ?? "", /"requests";q=3;w=60/);
      await last.text();
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    assert.ok(Number(last!.headers.get("retry-after")) >= 1);
    const again = await call();
    assert.equal(((await again.json()) as { error: { code: string } }).error.code, "rate_limit_exceeded");
  });

  test("a model allow-list refuses other models with 403", async () => {
    const { key, apiKey: created } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "allow-listed" });
    await db().apiKey.update({ where: { id: created.id }, data: { allowedModels: [`together/${MODEL}`] } });
    clearKeyCache();
    clearCredentialCache();
    const limited = new OpenAI({ baseURL: gateway.baseUrl, apiKey: key, maxRetries: 0 });
    await assert.rejects(limited.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] }), (error: InstanceType<typeof OpenAI.APIError>) => error.status === 403 && error.code === "model_not_allowed");
    const ok = await limited.chat.completions.create({ model: `together/${MODEL}`, messages: [{ role: "user", content: "allowed" }] });
    assert.match(ok.choices[0]!.message.content ?? "", /allowed/);
  });
});
