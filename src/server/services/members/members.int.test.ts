import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import type { MemberRole } from "@/generated/prisma/enums";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";

const rejectsWith = (code: TRPCError["code"], message: RegExp) => (error: unknown) =>
  error instanceof TRPCError && error.code === code && message.test(error.message);

/** An organization owned by a fresh user, with one more member per role given. */
async function team(...roles: MemberRole[]) {
  const owner = await createTestUser("owner");
  const members = [];
  for (const role of roles) {
    const member = await createTestUser(role);
    await db().membership.create({ data: { organizationId: owner.organizationId, userId: member.userId, role } });
    members.push(member);
  }
  return { owner, members, organizationId: owner.organizationId };
}

const auditRows = (organizationId: string, action: string) =>
  db().auditLog.findMany({ where: { organizationId, action }, orderBy: { createdAt: "asc" }, select: { actorId: true, targetId: true, metadata: true } });

test("any member lists the team, owners first, and sees which row is theirs", async () => {
  const { owner, members, organizationId } = await team("developer", "admin");
  const [developer] = members;
  const list = await developer!.caller.members.list({ organizationId });
  assert.deepEqual(list.map((m) => [m.email, m.role, m.isYou]), [
    [owner.email, "owner", false],
    [members[1]!.email, "admin", false],
    [developer!.email, "developer", true],
  ]);
});

test("admins change developers and admins, never owners or to owner; the change is audited with the actor", async () => {
  const { owner, members, organizationId } = await team("admin", "developer");
  const [admin, developer] = members;
  await assert.rejects(developer!.caller.members.changeRole({ organizationId, userId: admin!.userId, role: "developer" }), rejectsWith("FORBIDDEN", /admin role/));
  const changed = await admin!.caller.members.changeRole({ organizationId, userId: developer!.userId, role: "admin" });
  assert.equal(changed.role, "admin");
  await admin!.caller.members.changeRole({ organizationId, userId: developer!.userId, role: "admin" }); // same role: nothing recorded

  await assert.rejects(admin!.caller.members.changeRole({ organizationId, userId: owner.userId, role: "developer" }), rejectsWith("FORBIDDEN", /Only owners can change an owner/));
  await assert.rejects(admin!.caller.members.changeRole({ organizationId, userId: developer!.userId, role: "owner" }), rejectsWith("FORBIDDEN", /Only owners can make someone an owner/));
  await assert.rejects(admin!.caller.members.changeRole({ organizationId, userId: "nobody", role: "developer" }), rejectsWith("NOT_FOUND", /not a member/));

  assert.deepEqual(await auditRows(organizationId, "member.role_changed"), [
    { actorId: admin!.userId, targetId: developer!.userId, metadata: { email: developer!.email, from: "developer", to: "admin" } },
  ]);
});

test("the last owner cannot be demoted, removed or leave; with a second owner each is possible", async () => {
  const { owner, members, organizationId } = await team("developer");
  await assert.rejects(owner.caller.members.changeRole({ organizationId, userId: owner.userId, role: "admin" }), rejectsWith("BAD_REQUEST", /last owner/));
  await assert.rejects(owner.caller.members.leave({ organizationId }), rejectsWith("BAD_REQUEST", /last owner/));
  await assert.rejects(owner.caller.members.remove({ organizationId, userId: owner.userId }), rejectsWith("BAD_REQUEST", /leave the organization instead/));

  const [second] = members;
  await owner.caller.members.changeRole({ organizationId, userId: second!.userId, role: "owner" });
  await owner.caller.members.changeRole({ organizationId, userId: owner.userId, role: "admin" });
  await assert.rejects(owner.caller.members.changeRole({ organizationId, userId: second!.userId, role: "admin" }), rejectsWith("FORBIDDEN", /Only owners/));
  // The demoted first owner is now an admin and cannot remove the remaining owner either.
  await assert.rejects(owner.caller.members.remove({ organizationId, userId: second!.userId }), rejectsWith("FORBIDDEN", /Only owners can remove an owner/));
  await assert.rejects(second!.caller.members.leave({ organizationId }), rejectsWith("BAD_REQUEST", /last owner/));
  assert.deepEqual(await db().membership.count({ where: { organizationId, role: "owner" } }), 1);
});

test("two owners demoting each other at the same moment leave one owner, never none", async () => {
  const { owner, members, organizationId } = await team("owner");
  const [other] = members;
  const results = await Promise.allSettled([
    owner.caller.members.changeRole({ organizationId, userId: other!.userId, role: "developer" }),
    other!.caller.members.changeRole({ organizationId, userId: owner.userId, role: "developer" }),
  ]);
  assert.equal(results.filter((r) => r.status === "fulfilled").length, 1, "exactly one demotion goes through");
  assert.equal(await db().membership.count({ where: { organizationId, role: "owner" } }), 1);
});

test("admins remove developers and admins, owners remove owners; removal takes access away at once", async () => {
  const { owner, members, organizationId } = await team("admin", "developer", "owner");
  const [admin, developer, coOwner] = members;
  await assert.rejects(developer!.caller.members.remove({ organizationId, userId: admin!.userId }), rejectsWith("FORBIDDEN", /admin role/));
  await assert.rejects(admin!.caller.members.remove({ organizationId, userId: coOwner!.userId }), rejectsWith("FORBIDDEN", /Only owners can remove an owner/));

  await admin!.caller.members.remove({ organizationId, userId: developer!.userId });
  await assert.rejects(developer!.caller.members.list({ organizationId }), rejectsWith("FORBIDDEN", /not a member/));
  await assert.rejects(developer!.caller.projects.get({ projectId: owner.projectId }), rejectsWith("NOT_FOUND", /Project not found/));
  await assert.rejects(admin!.caller.members.remove({ organizationId, userId: developer!.userId }), rejectsWith("NOT_FOUND", /not a member/));

  await owner.caller.members.remove({ organizationId, userId: coOwner!.userId });
  assert.deepEqual(await auditRows(organizationId, "member.removed"), [
    { actorId: admin!.userId, targetId: developer!.userId, metadata: { email: developer!.email, role: "developer", revokedKeys: 0 } },
    { actorId: owner.userId, targetId: coOwner!.userId, metadata: { email: coOwner!.email, role: "owner", revokedKeys: 0 } },
  ]);
});

test("removing a member can revoke the API keys they created here, and only those; each revocation is audited", async () => {
  const { owner, members, organizationId } = await team("developer", "developer");
  const [leaving, staying] = members;
  const projectId = owner.projectId;
  const first = await leaving!.caller.apiKeys.create({ projectId, name: "Leaving 1" });
  const second = await leaving!.caller.apiKeys.create({ projectId, name: "Leaving 2" });
  const alreadyRevoked = await leaving!.caller.apiKeys.create({ projectId, name: "Old" });
  await leaving!.caller.apiKeys.revoke({ projectId, apiKeyId: alreadyRevoked.apiKey.id });
  const elsewhere = await leaving!.caller.apiKeys.create({ projectId: leaving!.projectId, name: "Their own organization" });
  const colleague = await staying!.caller.apiKeys.create({ projectId, name: "Colleague" });
  const ownerKey = await owner.caller.apiKeys.create({ projectId, name: "Owner" });

  const listed = await owner.caller.members.list({ organizationId });
  assert.deepEqual(listed.map((m) => [m.email, m.activeApiKeys]), [[owner.email, 1], [leaving!.email, 2], [staying!.email, 1]]);

  assert.deepEqual(await owner.caller.members.remove({ organizationId, userId: leaving!.userId, revokeKeys: true }), { userId: leaving!.userId, revokedKeys: 2 });
  const revokedAt = async (id: string) => (await db().apiKey.findUniqueOrThrow({ where: { id }, select: { revokedAt: true } })).revokedAt;
  assert.ok(await revokedAt(first.apiKey.id));
  assert.ok(await revokedAt(second.apiKey.id));
  for (const kept of [elsewhere, colleague, ownerKey]) assert.equal(await revokedAt(kept.apiKey.id), null);
  const { authenticate } = await import("../../gateway/auth/authenticate");
  await assert.rejects(authenticate({ authorization: `Bearer ${first.key}` }), /revoked/);
  assert.equal((await authenticate({ authorization: `Bearer ${elsewhere.key}` })).projectId, leaving!.projectId);

  const revocations = await auditRows(organizationId, "api_key.revoked");
  assert.deepEqual(
    revocations.filter((row) => row.actorId === owner.userId).map((row) => [row.targetId, row.metadata]).sort(),
    [first.apiKey.id, second.apiKey.id].sort().map((id) => [id, { reason: "creator removed from the organization" }]),
  );
  assert.deepEqual((await auditRows(organizationId, "member.removed")).map((row) => row.metadata), [{ email: leaving!.email, role: "developer", revokedKeys: 2 }]);

  // Without revokeKeys the keys stay, as before.
  await owner.caller.members.remove({ organizationId, userId: staying!.userId });
  assert.equal(await revokedAt(colleague.apiKey.id), null);
});

test("any member may leave; leaving is audited with the member as actor", async () => {
  const { members, organizationId } = await team("developer", "admin");
  const [developer, admin] = members;
  await developer!.caller.members.leave({ organizationId });
  await admin!.caller.members.leave({ organizationId });
  assert.equal(await db().membership.count({ where: { organizationId } }), 1);
  assert.deepEqual(await auditRows(organizationId, "member.left"), [
    { actorId: developer!.userId, targetId: developer!.userId, metadata: { email: developer!.email, role: "developer" } },
    { actorId: admin!.userId, targetId: admin!.userId, metadata: { email: admin!.email, role: "admin" } },
  ]);
  // Their own organizations are untouched.
  assert.equal((await developer!.caller.viewer.me()).organizations.length, 1);
});
