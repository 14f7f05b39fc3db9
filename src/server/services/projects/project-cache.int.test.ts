import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";

const isCode = (code: TRPCError["code"]) => (error: unknown) => error instanceof TRPCError && error.code === code;

test("admins turn the response cache on with a TTL; projects.get returns it and the change is audited once", async () => {
  const user = await createTestUser();
  const ids = { projectId: user.projectId };
  assert.deepEqual(await user.caller.projects.updateCache({ ...ids, enabled: true, ttlSeconds: 600 }), { id: user.projectId, cacheEnabled: true, cacheTtlSeconds: 600 });
  await user.caller.projects.updateCache({ ...ids, enabled: true, ttlSeconds: 600 });

  const project = await user.caller.projects.get(ids);
  assert.equal(project.cacheEnabled, true);
  assert.equal(project.cacheTtlSeconds, 600);

  const audit = await user.caller.auditLog.list({ organizationId: user.organizationId });
  assert.deepEqual(audit.items.map((item) => item.action), ["settings.changed", "organization.created"], "saving the same values twice is one change");
  assert.deepEqual(audit.items[0]!.metadata, { setting: "cache", from: { enabled: false, ttlSeconds: 3600 }, to: { enabled: true, ttlSeconds: 600 } });
});

test("the TTL is bounded to 10 seconds .. 1 year, in whole seconds", async () => {
  const user = await createTestUser();
  const update = (ttlSeconds: number) => user.caller.projects.updateCache({ projectId: user.projectId, enabled: true, ttlSeconds });
  const outOfRange = /Cache TTL must be between 10 seconds and 1 year \(31,536,000 seconds\)/;
  await assert.rejects(update(9), outOfRange);
  await assert.rejects(update(31_536_001), outOfRange);
  await assert.rejects(update(-1), outOfRange);
  await assert.rejects(update(60.5), /whole number of seconds/);
  await assert.rejects(update(Number.NaN), isCode("BAD_REQUEST"));
  assert.equal((await user.caller.projects.get({ projectId: user.projectId })).cacheEnabled, false, "a refused change changes nothing");

  assert.equal((await update(10)).cacheTtlSeconds, 10);
  assert.equal((await update(31_536_000)).cacheTtlSeconds, 31_536_000);
  // Turning the cache off keeps the TTL for the next time it is turned on.
  const off = await user.caller.projects.updateCache({ projectId: user.projectId, enabled: false, ttlSeconds: 31_536_000 });
  assert.deepEqual([off.cacheEnabled, off.cacheTtlSeconds], [false, 31_536_000]);
});

test("developers can read the cache settings but not change them", async () => {
  const owner = await createTestUser("owner");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });
  assert.equal((await developer.caller.projects.get({ projectId: owner.projectId })).cacheEnabled, false);
  await assert.rejects(developer.caller.projects.updateCache({ projectId: owner.projectId, enabled: true, ttlSeconds: 60 }), isCode("FORBIDDEN"));
  assert.equal((await owner.caller.projects.get({ projectId: owner.projectId })).cacheEnabled, false);
  assert.equal(await db().auditLog.count({ where: { organizationId: owner.organizationId, action: "settings.changed" } }), 0);
});
