import assert from "node:assert/strict";
import { test } from "node:test";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import { testRequestLog } from "./request-log-test-rows";

test("requestLogs.get returns the kept bodies and whether the project keeps them now", async () => {
  const user = await createTestUser();
  const requestBody = { model: "gpt-4o-mini", messages: [{ role: "user", content: "keep my words" }], stream: true };
  const responseBody = 'data: {"choices":[{"index":0,"delta":{"content":"Hi"}}]}\n\n';
  const kept = await db().requestLog.create({ data: testRequestLog(user, { requestBody, responseBody, streamed: true }) });
  const bare = await db().requestLog.create({ data: testRequestLog(user, { requestId: "bare" }) });

  const detail = await user.caller.requestLogs.get({ projectId: user.projectId, requestLogId: kept.id });
  assert.deepEqual(detail.requestBody, requestBody);
  assert.equal(detail.responseBody, responseBody);
  assert.equal(detail.projectRetainsBodies, false, "retention was turned off after the row was written");

  await user.caller.projects.updateBodyRetention({ projectId: user.projectId, enabled: true });
  const without = await user.caller.requestLogs.get({ projectId: user.projectId, requestLogId: bare.id });
  assert.deepEqual([without.requestBody, without.responseBody, without.projectRetainsBodies], [null, null, true]);

  const { items } = await user.caller.requestLogs.list({ projectId: user.projectId });
  assert.ok(items.every((item) => !("requestBody" in item) && !("responseBody" in item)), "the list never carries bodies");
});
