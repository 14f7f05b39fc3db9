import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";

test("a project starts in hybrid mode; admins switch it and the change is audited once", async () => {
  const user = await createTestUser();
  const ids = { projectId: user.projectId };
  assert.deepEqual(await user.caller.projects.get(ids), {
    id: user.projectId,
    name: "Default project",
    mode: "hybrid",
    cacheEnabled: false,
    cacheTtlSeconds: 3600,
    routingConfig: null,
    retainBodies: false,
  });

  assert.equal((await user.caller.projects.setMode({ ...ids, mode: "byok" })).mode, "byok");
  assert.equal((await user.caller.projects.setMode({ ...ids, mode: "byok" })).mode, "byok");
  assert.equal((await user.caller.projects.get(ids)).mode, "byok");
  await assert.rejects(user.caller.projects.setMode({ ...ids, mode: "free" as "byok" }), /Mode must be byok, credits or hybrid/);

  const audit = await user.caller.auditLog.list({ organizationId: user.organizationId });
  assert.deepEqual(audit.items.map((item) => item.action), ["settings.changed", "organization.created"]);
  assert.deepEqual(audit.items[0]!.metadata, { setting: "mode", from: "hybrid", to: "byok" });
});

test("developers can read the project's settings but not change its mode", async () => {
  const owner = await createTestUser("owner");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });
  assert.equal((await developer.caller.projects.get({ projectId: owner.projectId })).mode, "hybrid");
  await assert.rejects(developer.caller.projects.setMode({ projectId: owner.projectId, mode: "credits" }), (error: TRPCError) => error.code === "FORBIDDEN");
  assert.equal((await owner.caller.projects.get({ projectId: owner.projectId })).mode, "hybrid");
});
