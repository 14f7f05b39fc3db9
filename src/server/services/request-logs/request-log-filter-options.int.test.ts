import assert from "node:assert/strict";
import { test } from "node:test";
import { createTestUser } from "@/testing/integration/fixtures";
import { insertRequestLogs } from "./request-log-test-rows";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

test("filter options list the models, providers, keys and statuses of the project's last 30 days", async () => {
  const user = await createTestUser();
  const { apiKey: backend } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Backend" });
  const { apiKey: retired } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Retired" });
  await user.caller.apiKeys.revoke({ projectId: user.projectId, apiKeyId: retired.id });
  await user.caller.apiKeys.create({ projectId: user.projectId, name: "Never used" });
  await insertRequestLogs(user, [
    { createdAt: daysAgo(1), requestedModel: "fast", modelId: "llama-3.3-70b", providerId: "groq", apiKeyId: backend.id, status: 200 },
    { createdAt: daysAgo(2), requestedModel: "gpt-4o-mini", modelId: "gpt-4o-mini", providerId: "openai", apiKeyId: retired.id, status: 429 },
    { createdAt: daysAgo(3), requestedModel: "claude-haiku", modelId: null, providerId: null, apiKeyId: null, status: 400 },
    { createdAt: daysAgo(29), requestedModel: "gpt-4o-mini", providerId: "openai", apiKeyId: backend.id, status: 502 },
    // Older than the window: none of its values are offered.
    { createdAt: daysAgo(31), requestedModel: "ancient-model", providerId: "cohere", status: 503 },
  ]);
  const stranger = await createTestUser("stranger");
  await insertRequestLogs(stranger, [{ createdAt: daysAgo(1), requestedModel: "strangers-model", providerId: "mistral", status: 201 }]);

  const options = await user.caller.requestLogs.filterOptions({ projectId: user.projectId });
  assert.equal(options.windowDays, 30);
  assert.deepEqual(options.models, ["claude-haiku", "fast", "gpt-4o-mini", "llama-3.3-70b"], "requested and resolved ids, sorted");
  assert.deepEqual(options.providers, ["groq", "openai"]);
  assert.deepEqual(options.apiKeys, [
    { id: backend.id, name: "Backend", revoked: false },
    { id: retired.id, name: "Retired", revoked: true },
    { id: "playground", name: "Playground (no API key)", revoked: false },
  ]);
  assert.deepEqual(options.statuses, [200, 400, 429, 502]);
});

test("a project without requests has no options", async () => {
  const user = await createTestUser();
  const options = await user.caller.requestLogs.filterOptions({ projectId: user.projectId });
  assert.deepEqual(options, { windowDays: 30, models: [], providers: [], apiKeys: [], statuses: [] });
});
