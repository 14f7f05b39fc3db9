import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { db } from "@/server/db/client";
import { createGatewayProject } from "@/testing/gateway/project";
import { startNodeGateway, type RunningGateway } from "@/testing/gateway/servers";
import { requestLogWriter } from "../logging/request-log-writer";
import { KEY_CACHE_TTL_MS } from "./api-key-cache";

let gateway: RunningGateway;
let project: Awaited<ReturnType<typeof createGatewayProject>>;

before(async () => {
  gateway = await startNodeGateway();
  project = await createGatewayProject();
});
after(async () => {
  await gateway.close();
  await project.close();
});

const chat = (key: string, header: "authorization" | "x-api-key" = "authorization") =>
  fetch(`${gateway.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { [header]: header === "authorization" ? `Bearer ${key}` : key, "content-type": "application/json" },
    body: JSON.stringify({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
  });

test("keys work as a Bearer token or as x-api-key, and record when they were last used", async () => {
  assert.equal((await chat(project.apiKey)).status, 200);
  assert.equal((await chat(project.apiKey, "x-api-key")).status, 200);
  await requestLogWriter().flush();
  const key = await db().apiKey.findFirstOrThrow({ where: { projectId: project.user.projectId } });
  assert.ok(key.lastUsedAt && Date.now() - key.lastUsedAt.getTime() < 60_000, `lastUsedAt = ${key.lastUsedAt?.toISOString()}`);
});

test("a revoked key stops working within the key cache period", async () => {
  const { key, apiKey } = await project.user.caller.apiKeys.create({ projectId: project.user.projectId, name: "to revoke" });
  assert.equal((await chat(key)).status, 200);
  await project.user.caller.apiKeys.revoke({ projectId: project.user.projectId, apiKeyId: apiKey.id });
  const revokedAt = Date.now();
  let status = 200;
  while (status === 200 && Date.now() - revokedAt < KEY_CACHE_TTL_MS + 2_000) {
    status = (await chat(key)).status;
    if (status === 200) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(status, 401);
  const body = (await (await chat(key)).json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, "invalid_api_key");
  assert.match(body.error.message, /revoked/);
});

test("an expired key is refused with a message that says so", async () => {
  const { key, apiKey } = await project.user.caller.apiKeys.create({ projectId: project.user.projectId, name: "short-lived", expiresAt: new Date(Date.now() + 60_000) });
  await db().apiKey.update({ where: { id: apiKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const response = await chat(key);
  assert.equal(response.status, 401);
  assert.match(((await response.json()) as { error: { message: string } }).error.message, /expired/);
});
