import { test } from "node:test";
import { createTestUser } from "@/testing/integration/fixtures";
import { testDatabaseUrl } from "@/testing/integration/database";
import { db } from "../db/client";
import { assertEveryProcedureCovered, assertTenantIsolation, type HostileInputs } from "./testing/tenant-isolation";

// Every tRPC procedure that touches tenant data must appear here. A procedure missing from this table fails
// the first test, so new procedures cannot skip the check.
const PUBLIC_OR_SELF_ONLY = ["auth.signUp", "viewer.me"];

const OPEN_LIMITS = { rateLimitRpm: null, rateLimitTpm: null, allowedModels: [], spendLimitUsd: null, spendPeriod: "lifetime" };

// A valid range (the last 30 days), so a refusal can only come from the scope check.
const ANALYTICS_RANGE = { from: new Date(Date.now() - 30 * 86_400_000), to: new Date() };

const HOSTILE_INPUTS: HostileInputs = {
  "projects.list": (v) => ({ organizationId: v.organizationId }),
  "projects.create": (v) => ({ organizationId: v.organizationId, name: "pwned" }),
  "projects.rename": (v) => ({ projectId: v.projectId, name: "pwned" }),
  "projects.get": (v) => ({ projectId: v.projectId }),
  "projects.setMode": (v) => ({ projectId: v.projectId, mode: "credits" }),
  "projects.updateCache": (v) => ({ projectId: v.projectId, enabled: true, ttlSeconds: 60 }),
  "projects.updateRouting": (v) => ({ projectId: v.projectId, config: null }),
  "projects.updateBodyRetention": (v) => ({ projectId: v.projectId, enabled: true }),
  "apiKeys.list": (v) => ({ projectId: v.projectId }),
  "apiKeys.create": (v) => ({ projectId: v.projectId, name: "pwned" }),
  "apiKeys.rename": (v) => ({ projectId: v.projectId, apiKeyId: v.apiKeyId, name: "pwned" }),
  "apiKeys.revoke": (v) => ({ projectId: v.projectId, apiKeyId: v.apiKeyId }),
  "apiKeys.updateLimits": (v) => ({ projectId: v.projectId, apiKeyId: v.apiKeyId, ...OPEN_LIMITS }),
  "auditLog.list": (v) => ({ organizationId: v.organizationId }),
  "providerCredentials.list": (v) => ({ projectId: v.projectId }),
  "providerCredentials.create": (v) => ({ projectId: v.projectId, providerId: "openai", name: "pwned", apiKey: "sk-attacker-0000000000" }),
  "providerCredentials.setEnabled": (v) => ({ projectId: v.projectId, credentialId: v.credentialId, enabled: false }),
  "providerCredentials.delete": (v) => ({ projectId: v.projectId, credentialId: v.credentialId }),
  "providerCredentials.test": (v) => ({ projectId: v.projectId, credentialId: v.credentialId }),
  "requestLogs.list": (v) => ({ projectId: v.projectId }),
  "requestLogs.get": (v) => ({ projectId: v.projectId, requestLogId: v.requestLogId }),
  "requestLogs.count": (v) => ({ projectId: v.projectId, status: "2xx" }),
  "requestLogs.filterOptions": (v) => ({ projectId: v.projectId }),
  "analytics.summary": (v) => ({ projectId: v.projectId, ...ANALYTICS_RANGE }),
  "analytics.timeseries": (v) => ({ projectId: v.projectId, ...ANALYTICS_RANGE, groupBy: "apiKey", metric: "cost" }),
  "analytics.breakdown": (v) => ({ projectId: v.projectId, ...ANALYTICS_RANGE, by: "apiKey" }),
  "billing.overview": (v) => ({ organizationId: v.organizationId }),
  "billing.createTopUpCheckout": (v) => ({ organizationId: v.organizationId, amountUsd: "25", origin: "http://localhost:3000" }),
  "billing.topUpStatus": (v) => ({ organizationId: v.organizationId, sessionId: v.checkoutSessionId ?? "cs_none" }),
  "billing.createCardSetup": (v) => ({ organizationId: v.organizationId, origin: "http://localhost:3000" }),
  "billing.completeCardSetup": (v) => ({ organizationId: v.organizationId, sessionId: "cs_test_victim" }),
  "billing.removeCard": (v) => ({ organizationId: v.organizationId }),
  "billing.updateAutoTopUp": (v) => ({ organizationId: v.organizationId, enabled: false, thresholdUsd: "5", amountUsd: "10" }),
  "billing.ledger": (v) => ({ organizationId: v.organizationId }),
  "billing.payments": (v) => ({ organizationId: v.organizationId }),
  "billing.usage": (v) => ({ organizationId: v.organizationId }),
  "auditLog.actions": (v) => ({ organizationId: v.organizationId }),
  "members.list": (v) => ({ organizationId: v.organizationId }),
  "members.changeRole": (v) => ({ organizationId: v.organizationId, userId: v.memberUserId, role: "developer" }),
  "members.remove": (v) => ({ organizationId: v.organizationId, userId: v.memberUserId }),
  "members.leave": (v) => ({ organizationId: v.organizationId }),
  "invitations.list": (v) => ({ organizationId: v.organizationId }),
  "invitations.create": (v) => ({ organizationId: v.organizationId, role: "owner" }),
  "invitations.revoke": (v) => ({ organizationId: v.organizationId, invitationId: v.invitationId }),
  // The token is the capability; this one is bound to another address, so holding it is not enough.
  "invitations.accept": (v) => ({ token: v.invitationToken }),
};

// The attacker's own project with the victim's key or credential id: a valid scope must not reach a row outside it.
const CROSS_SCOPE_INPUTS = (attackerProjectId: string): HostileInputs => ({
  "apiKeys.rename": (v) => ({ projectId: attackerProjectId, apiKeyId: v.apiKeyId, name: "pwned" }),
  "apiKeys.revoke": (v) => ({ projectId: attackerProjectId, apiKeyId: v.apiKeyId }),
  "apiKeys.updateLimits": (v) => ({ projectId: attackerProjectId, apiKeyId: v.apiKeyId, ...OPEN_LIMITS }),
  "requestLogs.get": (v) => ({ projectId: attackerProjectId, requestLogId: v.requestLogId }),
  "providerCredentials.setEnabled": (v) => ({ projectId: attackerProjectId, credentialId: v.credentialId, enabled: false }),
  "providerCredentials.delete": (v) => ({ projectId: attackerProjectId, credentialId: v.credentialId }),
  "providerCredentials.test": (v) => ({ projectId: attackerProjectId, credentialId: v.credentialId }),
});

// The attacker's own organization with the victim's checkout session: found only within the caller's organization.
const CROSS_ORGANIZATION_INPUTS = (attackerOrganizationId: string): HostileInputs => ({
  "billing.topUpStatus": (v) => ({ organizationId: attackerOrganizationId, sessionId: v.checkoutSessionId }),
  "members.changeRole": (v) => ({ organizationId: attackerOrganizationId, userId: v.memberUserId, role: "developer" }),
  "members.remove": (v) => ({ organizationId: attackerOrganizationId, userId: v.memberUserId }),
  "invitations.revoke": (v) => ({ organizationId: attackerOrganizationId, invitationId: v.invitationId }),
});

test("every procedure has a tenant-isolation case", () => {
  assertEveryProcedureCovered(HOSTILE_INPUTS, PUBLIC_OR_SELF_ONLY);
});

test("a user cannot read or change another organization's data with its ids", async () => {
  const victim = await createTestUser("victim");
  const attacker = await createTestUser("attacker");
  const { apiKey } = await victim.caller.apiKeys.create({ projectId: victim.projectId, name: "victim key" });
  const credential = await victim.caller.providerCredentials.create({
    projectId: victim.projectId,
    providerId: "openai",
    name: "victim provider key",
    apiKey: "sk-victim-provider-key-0123456789",
  });
  // A top-up of the victim's, written directly: billing (Stripe) is off in this suite.
  const payment = await db().payment.create({
    data: { organizationId: victim.organizationId, kind: "checkout", amountNano: 25_000_000_000n, feeNano: 1_250_000_000n, totalCents: 2625, stripeCheckoutSessionId: "cs_test_victim" },
  });
  const requestLog = await db().requestLog.create({
    data: { requestId: "req_victim", organizationId: victim.organizationId, projectId: victim.projectId, endpoint: "chat.completions", requestedModel: "gpt-4o-mini", status: 200, latencyMs: 10 },
  });
  const invitation = await victim.caller.invitations.create({ organizationId: victim.organizationId, email: "colleague@example.com", role: "admin" });
  const victimIds = {
    organizationId: victim.organizationId,
    projectId: victim.projectId,
    apiKeyId: apiKey.id,
    credentialId: credential.id,
    requestLogId: requestLog.id,
    checkoutSessionId: payment.stripeCheckoutSessionId!,
    memberUserId: victim.userId,
    invitationId: invitation.invitation.id,
    invitationToken: invitation.path.split("/").at(-1)!,
  };

  await assertTenantIsolation({ attacker: attacker.caller, victim: victimIds, inputs: HOSTILE_INPUTS, databaseUrl: testDatabaseUrl });
  await assertTenantIsolation({
    attacker: attacker.caller,
    victim: victimIds,
    inputs: CROSS_SCOPE_INPUTS(attacker.projectId),
    databaseUrl: testDatabaseUrl,
  });
  await assertTenantIsolation({
    attacker: attacker.caller,
    victim: victimIds,
    inputs: CROSS_ORGANIZATION_INPUTS(attacker.organizationId),
    databaseUrl: testDatabaseUrl,
  });
});
