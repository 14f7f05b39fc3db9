import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { anonymousCaller, createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import { verifyCredentials } from "./verify-credentials";

test("sign-up creates the user, an organization they own and a default project, all at once", async () => {
  const caller = anonymousCaller();
  await caller.auth.signUp({ email: "  New.User@Example.com ", password: "a-good-password-1", name: "New User" });
  const user = await db().user.findUniqueOrThrow({
    where: { email: "new.user@example.com" },
    include: { memberships: { include: { organization: { include: { projects: true } } } } },
  });
  assert.notEqual(user.passwordHash, "a-good-password-1");
  assert.equal(user.memberships.length, 1);
  assert.equal(user.memberships[0]!.role, "owner");
  assert.deepEqual(user.memberships[0]!.organization.projects.map((p) => p.name), ["Default project"]);
});

test("signing up with a taken email is a clear CONFLICT and writes nothing", async () => {
  const existing = await createTestUser();
  const organizationsBefore = await db().organization.count();
  await assert.rejects(
    anonymousCaller().auth.signUp({ email: existing.email.toUpperCase(), password: "another-password-2" }),
    (error: TRPCError) => error.code === "CONFLICT" && /already exists/.test(error.message),
  );
  assert.equal(await db().organization.count(), organizationsBefore);
});

test("weak passwords and bad emails are refused with specific messages", async () => {
  const caller = anonymousCaller();
  await assert.rejects(caller.auth.signUp({ email: "x@example.com", password: "short1" }), /at least 10 characters/);
  await assert.rejects(caller.auth.signUp({ email: "x@example.com", password: "onlyletterspassword" }), /mix letters/);
  await assert.rejects(caller.auth.signUp({ email: "not-an-email", password: "a-good-password-1" }), /valid email/);
  await assert.rejects(caller.auth.signUp({ email: "x@example.com", password: `${"a1".repeat(40)}` }), /at most 72 bytes/);
});

test("credentials verify; repeated failures from one IP are throttled for that email", async () => {
  const user = await createTestUser();
  assert.equal((await verifyCredentials(user.email, "a-good-password-1", "10.0.0.1"))?.id, user.userId);
  for (let i = 0; i < 5; i++) assert.equal(await verifyCredentials(user.email, "wrong-password-1", "10.0.0.2"), null);
  await assert.rejects(verifyCredentials(user.email, "a-good-password-1", "10.0.0.2"), /Too many failed sign-in attempts/);
  // Another address is not locked out by someone else's guessing.
  assert.equal((await verifyCredentials(user.email, "a-good-password-1", "10.0.0.3"))?.id, user.userId);
});

test("the viewer sees their organizations and projects; developers cannot create projects", async () => {
  const owner = await createTestUser("owner");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });

  const viewer = await developer.caller.viewer.me();
  assert.equal(viewer.organizations.length, 2);
  await assert.rejects(
    developer.caller.projects.create({ organizationId: owner.organizationId, name: "Nope" }),
    (error: TRPCError) => error.code === "FORBIDDEN",
  );
  await assert.rejects(developer.caller.auditLog.list({ organizationId: owner.organizationId }), (error: TRPCError) => error.code === "FORBIDDEN");
  // Developers may manage API keys in their organization's projects.
  const { apiKey } = await developer.caller.apiKeys.create({ projectId: owner.projectId, name: "dev key" });
  assert.equal(apiKey.createdByEmail, developer.email);

  const project = await owner.caller.projects.create({ organizationId: owner.organizationId, name: "Second" });
  assert.equal((await owner.caller.projects.list({ organizationId: owner.organizationId })).length, 2);
  assert.equal((await owner.caller.projects.rename({ projectId: project.id, name: "Renamed" })).name, "Renamed");
});
