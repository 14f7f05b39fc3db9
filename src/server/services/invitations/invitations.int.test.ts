import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import { getInvitationPreview } from "./get-invitation-preview";
import { hashInvitationToken } from "./invitation-token";

const rejectsWith = (code: TRPCError["code"], message: RegExp) => (error: unknown) =>
  error instanceof TRPCError && error.code === code && message.test(error.message);
const tokenOf = (path: string) => path.split("/").at(-1)!;

async function ownerWithAdmin() {
  const owner = await createTestUser("owner");
  const admin = await createTestUser("admin");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: admin.userId, role: "admin" } });
  return { owner, admin, organizationId: owner.organizationId };
}

test("an invitation link is shown once, only its SHA-256 is stored, and it expires in 7 days", async () => {
  const { owner, organizationId } = await ownerWithAdmin();
  const before = Date.now();
  const created = await owner.caller.invitations.create({ organizationId, role: "developer" });
  assert.match(created.path, /^\/invite\/[A-Za-z0-9_-]{43}$/);
  const row = await db().invitation.findUniqueOrThrow({ where: { id: created.invitation.id } });
  assert.equal(row.tokenHash, hashInvitationToken(tokenOf(created.path)));
  assert.ok(!JSON.stringify(row).includes(tokenOf(created.path)), "the token itself is not stored");
  const week = 7 * 24 * 3600 * 1000;
  assert.ok(Math.abs(row.expiresAt.getTime() - before - week) < 60_000);
  assert.equal(row.invitedById, owner.userId);

  const listed = await owner.caller.invitations.list({ organizationId });
  assert.deepEqual(listed.map((i) => [i.id, i.role, i.email, i.status, i.invitedByEmail]), [[created.invitation.id, "developer", null, "pending", owner.email]]);
  assert.ok(!JSON.stringify(listed).includes(row.tokenHash), "the list carries no hash either");
});

test("admins invite admins and developers, not owners; developers invite no one and cannot list invitations", async () => {
  const { owner, admin, organizationId } = await ownerWithAdmin();
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId, userId: developer.userId, role: "developer" } });

  await admin.caller.invitations.create({ organizationId, role: "admin" });
  await assert.rejects(admin.caller.invitations.create({ organizationId, role: "owner" }), rejectsWith("FORBIDDEN", /Only owners can invite someone as an owner/));
  await assert.rejects(developer.caller.invitations.create({ organizationId, role: "developer" }), rejectsWith("FORBIDDEN", /admin role/));
  await assert.rejects(developer.caller.invitations.list({ organizationId }), rejectsWith("FORBIDDEN", /admin role/));
  await owner.caller.invitations.create({ organizationId, role: "owner" });
  await assert.rejects(owner.caller.invitations.create({ organizationId, role: "developer", email: "not-an-email" }), /valid email/);
  await assert.rejects(owner.caller.invitations.create({ organizationId, role: "developer", email: admin.email.toUpperCase() }), rejectsWith("CONFLICT", /already a member/));
});

test("accepting joins the organization with the invited role, once; a second Accept is a no-op", async () => {
  const { owner, organizationId } = await ownerWithAdmin();
  const joiner = await createTestUser("joiner");
  const { path, invitation } = await owner.caller.invitations.create({ organizationId, role: "developer" });

  const preview = await getInvitationPreview(tokenOf(path), null);
  assert.ok(preview.state === "pending" && preview.role === "developer" && preview.viewer === null);

  const accepted = await joiner.caller.invitations.accept({ token: tokenOf(path) });
  assert.deepEqual(accepted, { organizationId, organizationName: accepted.organizationName, projectId: owner.projectId, role: "developer", alreadyMember: false });
  assert.equal((await joiner.caller.invitations.accept({ token: tokenOf(path) })).alreadyMember, true);
  assert.equal((await db().membership.findFirstOrThrow({ where: { organizationId, userId: joiner.userId } })).role, "developer");
  assert.equal((await owner.caller.invitations.list({ organizationId })).length, 0, "a used invitation leaves the pending list");

  const row = await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
  assert.equal(row.acceptedById, joiner.userId);
  const audit = await db().auditLog.findMany({ where: { organizationId, action: "member.added" } });
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.actorId, joiner.userId);
  assert.deepEqual(audit[0]!.metadata, { email: joiner.email, role: "developer", invitationId: invitation.id, invitedById: owner.userId });

  // Used: someone else holding the same link cannot join with it.
  const latecomer = await createTestUser("late");
  await assert.rejects(latecomer.caller.invitations.accept({ token: tokenOf(path) }), rejectsWith("BAD_REQUEST", /already been used/));
  const seen = await getInvitationPreview(tokenOf(path), latecomer.userId);
  assert.ok(seen.state === "accepted" && seen.viewer?.email === latecomer.email && !seen.viewer.alreadyMember);
});

test("an email-bound invitation is accepted only by that address, in any letter case", async () => {
  const { owner, organizationId } = await ownerWithAdmin();
  const intended = await createTestUser("intended");
  const stranger = await createTestUser("stranger");
  const { path } = await owner.caller.invitations.create({ organizationId, role: "admin", email: intended.email.toUpperCase() });
  await assert.rejects(
    stranger.caller.invitations.accept({ token: tokenOf(path) }),
    rejectsWith("FORBIDDEN", new RegExp(`is for ${intended.email}, but you are signed in as ${stranger.email}`)),
  );
  assert.equal((await intended.caller.invitations.accept({ token: tokenOf(path) })).role, "admin");
});

test("expired, revoked and unknown links are refused with a clear message and change nothing", async () => {
  const { owner, admin, organizationId } = await ownerWithAdmin();
  const joiner = await createTestUser("joiner");
  const expired = await owner.caller.invitations.create({ organizationId, role: "developer" });
  await db().invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await assert.rejects(joiner.caller.invitations.accept({ token: tokenOf(expired.path) }), rejectsWith("BAD_REQUEST", /expired on .* Ask an admin/));
  assert.equal((await owner.caller.invitations.list({ organizationId }))[0]!.status, "expired");

  const revoked = await owner.caller.invitations.create({ organizationId, role: "developer" });
  assert.equal((await admin.caller.invitations.revoke({ organizationId, invitationId: revoked.invitation.id })).status, "revoked");
  assert.equal((await admin.caller.invitations.revoke({ organizationId, invitationId: revoked.invitation.id })).status, "revoked", "idempotent");
  await assert.rejects(joiner.caller.invitations.accept({ token: tokenOf(revoked.path) }), rejectsWith("BAD_REQUEST", /was revoked/));

  await assert.rejects(joiner.caller.invitations.accept({ token: "x".repeat(43) }), rejectsWith("NOT_FOUND", /not valid/));
  await assert.rejects(joiner.caller.invitations.accept({ token: "short" }), rejectsWith("NOT_FOUND", /not valid/));
  assert.deepEqual(await getInvitationPreview("short", joiner.userId), { state: "invalid" });
  assert.equal(await db().membership.count({ where: { organizationId, userId: joiner.userId } }), 0);

  const audit = await db().auditLog.findMany({ where: { organizationId, action: "member.invite_revoked" } });
  assert.deepEqual(audit.map((row) => [row.actorId, row.targetId]), [[admin.userId, revoked.invitation.id]]);
  assert.equal(await db().auditLog.count({ where: { organizationId, action: "member.invited" } }), 2);
});

test("an accepted invitation cannot be revoked, and two people racing on one link: exactly one joins", async () => {
  const { owner, organizationId } = await ownerWithAdmin();
  const [first, second] = await Promise.all([createTestUser("first"), createTestUser("second")]);
  const { path, invitation } = await owner.caller.invitations.create({ organizationId, role: "developer" });
  const results = await Promise.allSettled([first.caller.invitations.accept({ token: tokenOf(path) }), second.caller.invitations.accept({ token: tokenOf(path) })]);
  assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
  assert.equal(await db().membership.count({ where: { organizationId } }), 3);
  await assert.rejects(owner.caller.invitations.revoke({ organizationId, invitationId: invitation.id }), rejectsWith("BAD_REQUEST", /already accepted/));
});
