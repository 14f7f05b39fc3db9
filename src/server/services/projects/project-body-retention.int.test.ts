import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";

const isCode = (code: TRPCError["code"]) => (error: unknown) => error instanceof TRPCError && error.code === code;

test("admins turn body retention on and off; projects.get returns it and each real change is audited", async () => {
  const owner = await createTestUser("owner");
  const admin = await createTestUser("admin");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: admin.userId, role: "admin" } });
  const ids = { projectId: owner.projectId };
  assert.equal((await owner.caller.projects.get(ids)).retainBodies, false, "off by default");

  assert.deepEqual(await admin.caller.projects.updateBodyRetention({ ...ids, enabled: true }), { id: owner.projectId, retainBodies: true });
  await admin.caller.projects.updateBodyRetention({ ...ids, enabled: true });
  assert.equal((await owner.caller.projects.get(ids)).retainBodies, true);
  await owner.caller.projects.updateBodyRetention({ ...ids, enabled: false });
  assert.equal((await admin.caller.projects.get(ids)).retainBodies, false);

  const audit = await owner.caller.auditLog.list({ organizationId: owner.organizationId });
  const changes = audit.items.filter((item) => item.action === "settings.changed");
  assert.deepEqual(
    changes.map((item) => item.metadata),
    [
      { setting: "bodyRetention", from: true, to: false },
      { setting: "bodyRetention", from: false, to: true },
    ],
    "saving the same value twice is one change",
  );
});

test("developers see the retention setting but cannot change it; bad input is refused", async () => {
  const owner = await createTestUser("owner");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });
  assert.equal((await developer.caller.projects.get({ projectId: owner.projectId })).retainBodies, false);
  await assert.rejects(developer.caller.projects.updateBodyRetention({ projectId: owner.projectId, enabled: true }), isCode("FORBIDDEN"));
  await assert.rejects(owner.caller.projects.updateBodyRetention({ projectId: owner.projectId, enabled: "yes" as unknown as boolean }), /Choose whether request and response bodies are kept/);
  assert.equal((await owner.caller.projects.get({ projectId: owner.projectId })).retainBodies, false);
  assert.equal(await db().auditLog.count({ where: { organizationId: owner.organizationId, action: "settings.changed" } }), 0);
});
