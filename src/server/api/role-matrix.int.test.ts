import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { MemberRole } from "@/generated/prisma/enums";
import { testDatabaseUrl } from "@/testing/integration/database";
import { createTestUser } from "@/testing/integration/fixtures";
import { useFakeStripe } from "@/testing/stripe/stripe-test-env";
import { db } from "../db/client";
import { assertEveryProcedureInMatrix, assertRoleMatrix, parseDocumentedMatrix, type RoleMatrix } from "./testing/role-matrix";

// Who may call each tRPC procedure, as a minimum role in the organization that owns the ids sent. ARCHITECTURE.md
// shows the same table (checked below). A procedure missing here fails the first test: every new one needs a decision.
const PUBLIC = ["auth.signUp"];

// Billing on (against the Stripe imitation), so allowed billing calls really run instead of stopping at "billing is off".
await useFakeStripe();

type Fixture = Awaited<ReturnType<typeof organizationWithMember>>;
const OPEN_LIMITS = { rateLimitRpm: null, rateLimitTpm: null, allowedModels: [], spendLimitUsd: null, spendPeriod: "lifetime" };
const LAST_DAY = { from: new Date(Date.now() - 86_400_000), to: new Date() };
const org = (f: Fixture) => ({ organizationId: f.organizationId });
const project = (f: Fixture) => ({ projectId: f.projectId });

const MATRIX: RoleMatrix<Fixture> = {
  "viewer.me": { requires: "signed-in", input: () => undefined },
  "invitations.accept": { requires: "signed-in", input: (f) => ({ token: f.inviteToken }) },

  "projects.list": { requires: "developer", input: org },
  "projects.get": { requires: "developer", input: project },
  "projects.create": { requires: "admin", input: (f) => ({ ...org(f), name: "Another" }) },
  "projects.rename": { requires: "admin", input: (f) => ({ ...project(f), name: "Renamed" }) },
  "projects.setMode": { requires: "admin", input: (f) => ({ ...project(f), mode: "credits" }) },
  "projects.updateCache": { requires: "admin", input: (f) => ({ ...project(f), enabled: true, ttlSeconds: 60 }) },
  "projects.updateRouting": { requires: "admin", input: (f) => ({ ...project(f), config: null }) },
  "projects.updateBodyRetention": { requires: "admin", input: (f) => ({ ...project(f), enabled: true }) },

  // Developers build with the gateway: they manage the project's API keys, as documented in update-api-key-limits.ts.
  "apiKeys.list": { requires: "developer", input: project },
  "apiKeys.create": { requires: "developer", input: (f) => ({ ...project(f), name: "Mine" }) },
  "apiKeys.rename": { requires: "developer", input: (f) => ({ ...project(f), apiKeyId: f.apiKeyId, name: "Renamed" }) },
  "apiKeys.updateLimits": { requires: "developer", input: (f) => ({ ...project(f), apiKeyId: f.apiKeyId, ...OPEN_LIMITS }) },
  "apiKeys.revoke": { requires: "developer", input: (f) => ({ ...project(f), apiKeyId: f.revocableApiKeyId }) },

  // Provider keys: developers see which exist (masked), only admins add, test, switch or delete them.
  "providerCredentials.list": { requires: "developer", input: project },
  "providerCredentials.create": { requires: "admin", input: (f) => ({ ...project(f), providerId: "openai", name: "New", apiKey: "sk-role-matrix-0000000000" }) },
  "providerCredentials.setEnabled": { requires: "admin", input: (f) => ({ ...project(f), credentialId: f.credentialId, enabled: false }) },
  "providerCredentials.test": { requires: "admin", input: (f) => ({ ...project(f), credentialId: f.credentialId }) },
  "providerCredentials.delete": { requires: "admin", input: (f) => ({ ...project(f), credentialId: f.deletableCredentialId }) },

  "requestLogs.list": { requires: "developer", input: project },
  "requestLogs.get": { requires: "developer", input: (f) => ({ ...project(f), requestLogId: f.requestLogId }) },
  "requestLogs.count": { requires: "developer", input: project },
  "requestLogs.filterOptions": { requires: "developer", input: project },
  "analytics.summary": { requires: "developer", input: (f) => ({ ...project(f), ...LAST_DAY }) },
  "analytics.timeseries": { requires: "developer", input: (f) => ({ ...project(f), ...LAST_DAY }) },
  "analytics.breakdown": { requires: "developer", input: (f) => ({ ...project(f), ...LAST_DAY, by: "model" }) },

  // Billing is money: admins and owners only.
  "billing.overview": { requires: "admin", input: org },
  "billing.usage": { requires: "admin", input: org },
  "billing.ledger": { requires: "admin", input: org },
  "billing.payments": { requires: "admin", input: org },
  "billing.topUpStatus": { requires: "admin", input: (f) => ({ ...org(f), sessionId: f.checkoutSessionId }) },
  "billing.createTopUpCheckout": { requires: "admin", input: (f) => ({ ...org(f), amountUsd: "25", origin: "http://localhost:3000" }) },
  "billing.createCardSetup": { requires: "admin", input: (f) => ({ ...org(f), origin: "http://localhost:3000" }) },
  // Past the role check it looks the session up in the organization: none was started, so NOT_FOUND, not FORBIDDEN.
  "billing.completeCardSetup": { requires: "admin", input: (f) => ({ ...org(f), sessionId: "cs_test_none" }), allowedOutcome: "NOT_FOUND" },
  "billing.removeCard": { requires: "admin", input: org },
  "billing.updateAutoTopUp": { requires: "admin", input: (f) => ({ ...org(f), enabled: false, thresholdUsd: "5", amountUsd: "10" }) },

  "auditLog.list": { requires: "admin", input: org },
  "auditLog.actions": { requires: "admin", input: org },

  // The team. Finer rules (admins cannot touch owners, the last owner stays) are in services/members' own tests.
  "members.list": { requires: "developer", input: org },
  "members.changeRole": { requires: "admin", input: (f) => ({ ...org(f), userId: f.promotableUserId, role: "admin" }) },
  "members.remove": { requires: "admin", input: (f) => ({ ...org(f), userId: f.removableUserId }) },
  "members.leave": { requires: "developer", input: org, endsMembership: true },
  "invitations.list": { requires: "admin", input: org },
  "invitations.create": { requires: "admin", input: (f) => ({ ...org(f), role: "developer" }) },
  "invitations.revoke": { requires: "admin", input: (f) => ({ ...org(f), invitationId: f.invitationId }) },
};

/** An organization (owned by someone else) where the acting user has `role`, with one of everything to act on. */
async function organizationWithMember(role: MemberRole) {
  const owner = await createTestUser("owner");
  const [actor, promotable, removable] = await Promise.all([createTestUser(role), createTestUser("promotable"), createTestUser("removable")]);
  await db().membership.createMany({
    data: [
      { organizationId: owner.organizationId, userId: actor.userId, role },
      { organizationId: owner.organizationId, userId: promotable.userId, role: "developer" },
      { organizationId: owner.organizationId, userId: removable.userId, role: "developer" },
    ],
  });
  const ids = { projectId: owner.projectId };
  const { apiKey } = await owner.caller.apiKeys.create({ ...ids, name: "Kept" });
  const { apiKey: revocable } = await owner.caller.apiKeys.create({ ...ids, name: "Revocable" });
  // A custom provider on a closed local port, so an allowed connection test fails fast instead of leaving the machine.
  const custom = { ...ids, providerId: "custom", apiKey: "local-key-123456", baseUrl: "http://127.0.0.1:9/v1" };
  const credential = await owner.caller.providerCredentials.create({ ...custom, name: "Local", customSlug: "local" });
  const deletable = await owner.caller.providerCredentials.create({ ...custom, name: "Spare", customSlug: "spare" });
  const requestLog = await db().requestLog.create({
    data: { requestId: `req_${role}`, organizationId: owner.organizationId, projectId: owner.projectId, endpoint: "chat.completions", requestedModel: "gpt-4o-mini", status: 200, latencyMs: 10 },
  });
  // A top-up that already succeeded: its status is answered from the database, without Stripe.
  const payment = await db().payment.create({
    data: { organizationId: owner.organizationId, kind: "checkout", status: "succeeded", amountNano: 1n, feeNano: 0n, totalCents: 1, stripeCheckoutSessionId: `cs_test_${role}` },
  });
  const invitation = await owner.caller.invitations.create({ organizationId: owner.organizationId, role: "developer" });
  const accepted = await owner.caller.invitations.create({ organizationId: owner.organizationId, role: "developer" });
  return {
    actor,
    organizationId: owner.organizationId,
    projectId: owner.projectId,
    apiKeyId: apiKey.id,
    revocableApiKeyId: revocable.id,
    credentialId: credential.id,
    deletableCredentialId: deletable.id,
    requestLogId: requestLog.id,
    checkoutSessionId: payment.stripeCheckoutSessionId!,
    invitationId: invitation.invitation.id,
    // The actor is already a member, so accepting is the idempotent "already a member" answer.
    inviteToken: accepted.path.split("/").at(-1)!,
    promotableUserId: promotable.userId,
    removableUserId: removable.userId,
  };
}

test("every procedure has a role-matrix entry", () => {
  assertEveryProcedureInMatrix(MATRIX, PUBLIC);
});

test("ARCHITECTURE.md documents the same role matrix the code enforces", () => {
  const documented = parseDocumentedMatrix(readFileSync("ARCHITECTURE.md", "utf8"));
  const enforced = Object.fromEntries([...Object.entries(MATRIX).map(([path, entry]) => [path, entry.requires]), ...PUBLIC.map((path) => [path, "public"])]);
  assert.deepEqual(documented, enforced);
});

for (const role of ["developer", "admin", "owner"] as const) {
  test(`as ${role}: refused exactly where the matrix says, allowed everywhere else`, async () => {
    const fixture = await organizationWithMember(role);
    const { refused, allowed } = await assertRoleMatrix({ role, caller: fixture.actor.caller, fixture, matrix: MATRIX, databaseUrl: testDatabaseUrl });
    assert.equal(refused.length + allowed.length, Object.keys(MATRIX).length);
    if (role === "developer") assert.ok(refused.includes("billing.overview") && refused.includes("providerCredentials.create"));
    if (role === "owner") assert.deepEqual(refused, []);
  });
}
