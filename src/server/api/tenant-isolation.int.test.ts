import { test } from "node:test";
import { createTestUser } from "@/testing/integration/fixtures";
import { testDatabaseUrl } from "@/testing/integration/database";
import { assertEveryProcedureCovered, assertTenantIsolation, type HostileInputs } from "./testing/tenant-isolation";

// Every tRPC procedure that touches tenant data must appear here. A procedure missing from this table fails
// the first test, so new procedures cannot skip the check.
const PUBLIC_OR_SELF_ONLY = ["auth.signUp", "viewer.me"];

const HOSTILE_INPUTS: HostileInputs = {
  "projects.list": (v) => ({ organizationId: v.organizationId }),
  "projects.create": (v) => ({ organizationId: v.organizationId, name: "pwned" }),
  "projects.rename": (v) => ({ projectId: v.projectId, name: "pwned" }),
  "projects.get": (v) => ({ projectId: v.projectId }),
  "projects.setMode": (v) => ({ projectId: v.projectId, mode: "credits" }),
  "apiKeys.list": (v) => ({ projectId: v.projectId }),
  "apiKeys.create": (v) => ({ projectId: v.projectId, name: "pwned" }),
  "apiKeys.rename": (v) => ({ projectId: v.projectId, apiKeyId: v.apiKeyId, name: "pwned" }),
  "apiKeys.revoke": (v) => ({ projectId: v.projectId, apiKeyId: v.apiKeyId }),
  "auditLog.list": (v) => ({ organizationId: v.organizationId }),
  "providerCredentials.list": (v) => ({ projectId: v.projectId }),
  "providerCredentials.create": (v) => ({ projectId: v.projectId, providerId: "openai", name: "pwned", apiKey: "sk-attacker-0000000000" }),
  "providerCredentials.setEnabled": (v) => ({ projectId: v.projectId, credentialId: v.credentialId, enabled: false }),
  "providerCredentials.delete": (v) => ({ projectId: v.projectId, credentialId: v.credentialId }),
  "providerCredentials.test": (v) => ({ projectId: v.projectId, credentialId: v.credentialId }),
  "requestLogs.list": (v) => ({ projectId: v.projectId }),
};

// The attacker's own project with the victim's key or credential id: a valid scope must not reach a row outside it.
const CROSS_SCOPE_INPUTS = (attackerProjectId: string): HostileInputs => ({
  "apiKeys.rename": (v) => ({ projectId: attackerProjectId, apiKeyId: v.apiKeyId, name: "pwned" }),
  "apiKeys.revoke": (v) => ({ projectId: attackerProjectId, apiKeyId: v.apiKeyId }),
  "providerCredentials.setEnabled": (v) => ({ projectId: attackerProjectId, credentialId: v.credentialId, enabled: false }),
  "providerCredentials.delete": (v) => ({ projectId: attackerProjectId, credentialId: v.credentialId }),
  "providerCredentials.test": (v) => ({ projectId: attackerProjectId, credentialId: v.credentialId }),
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
  const victimIds = { organizationId: victim.organizationId, projectId: victim.projectId, apiKeyId: apiKey.id, credentialId: credential.id };

  await assertTenantIsolation({ attacker: attacker.caller, victim: victimIds, inputs: HOSTILE_INPUTS, databaseUrl: testDatabaseUrl });
  await assertTenantIsolation({
    attacker: attacker.caller,
    victim: victimIds,
    inputs: CROSS_SCOPE_INPUTS(attacker.projectId),
    databaseUrl: testDatabaseUrl,
  });
});
