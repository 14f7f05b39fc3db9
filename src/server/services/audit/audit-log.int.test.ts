import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";

test("the audit log pages with a cursor, filters by action and lists the actions it holds; developers are refused", async () => {
  const owner = await createTestUser("owner");
  const organizationId = owner.organizationId;
  for (let i = 0; i < 3; i++) await owner.caller.invitations.create({ organizationId, role: "developer" });
  const { invitation } = await owner.caller.invitations.create({ organizationId, role: "admin" });
  await owner.caller.invitations.revoke({ organizationId, invitationId: invitation.id });

  assert.deepEqual(await owner.caller.auditLog.actions({ organizationId }), ["member.invite_revoked", "member.invited", "organization.created"]);

  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await owner.caller.auditLog.list({ organizationId, action: "member.invited", limit: 3, cursor });
    assert.ok(page.items.every((item) => item.action === "member.invited" && item.actor?.email === owner.email));
    seen.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(seen.length, 4);
  assert.equal(new Set(seen).size, 4, "no event appears on two pages");

  const all = await owner.caller.auditLog.list({ organizationId });
  assert.deepEqual(all.items.map((item) => item.action), ["member.invite_revoked", "member.invited", "member.invited", "member.invited", "member.invited", "organization.created"]);
  assert.deepEqual(all.items[0]!.metadata, { email: null, role: "admin" });
  assert.equal(all.items[0]!.ip, "127.0.0.1");

  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId, userId: developer.userId, role: "developer" } });
  for (const call of [() => developer.caller.auditLog.list({ organizationId }), () => developer.caller.auditLog.actions({ organizationId })]) {
    await assert.rejects(call(), (error: unknown) => error instanceof TRPCError && error.code === "FORBIDDEN");
  }
});
