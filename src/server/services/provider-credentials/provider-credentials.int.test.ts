import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { decryptSecret } from "../../crypto/secret-box";
import { db } from "../../db/client";

const SECRET = "sk-ant-api03-very-secret-provider-key-wxyz";
const isCode = (code: TRPCError["code"]) => (error: unknown) => error instanceof TRPCError && error.code === code;

test("a provider key is stored encrypted and only its last four characters are ever shown", async () => {
  const user = await createTestUser();
  const created = await user.caller.providerCredentials.create({ projectId: user.projectId, providerId: "anthropic", name: "Main", apiKey: `  ${SECRET}  ` });
  assert.equal(created.maskedKey, "••••wxyz");
  assert.equal(created.providerName, "Anthropic");
  assert.equal(created.enabled, true);

  const row = await db().providerCredential.findUniqueOrThrow({ where: { id: created.id } });
  assert.ok(!JSON.stringify(row).includes(SECRET.slice(0, -4)), "the key itself must not be stored");
  assert.equal(decryptSecret(row.encryptedKey, process.env.ENCRYPTION_KEY!), SECRET, "the key is trimmed and decrypts");
  assert.equal(row.keyLast4, "wxyz");

  const listed = await user.caller.providerCredentials.list({ projectId: user.projectId });
  assert.equal(listed.length, 1);
  assert.ok(!JSON.stringify(listed).includes(SECRET.slice(0, -4)), "the list must not reveal the key");
  assert.ok(!JSON.stringify(listed).includes(row.encryptedKey), "the list must not carry the ciphertext either");
  const audit = await db().auditLog.findMany({ where: { organizationId: user.organizationId } });
  assert.ok(!JSON.stringify(audit).includes(SECRET.slice(0, -4)), "the audit log must not reveal the key");
});

test("several keys per provider are allowed, with a base URL override for catalog providers", async () => {
  const user = await createTestUser();
  const input = { projectId: user.projectId, providerId: "openai", apiKey: "sk-proj-aaaaaaaaaaaaaaaa1111" };
  await user.caller.providerCredentials.create({ ...input, name: "First" });
  const second = await user.caller.providerCredentials.create({ ...input, name: "Second", baseUrl: "https://proxy.example.com/v1/", customSlug: "" });
  assert.equal(second.baseUrl, "https://proxy.example.com/v1");
  assert.equal(second.customSlug, null);
  assert.deepEqual((await user.caller.providerCredentials.list({ projectId: user.projectId })).map((c) => c.name), ["First", "Second"]);

  await assert.rejects(user.caller.providerCredentials.create({ ...input, providerId: "nope", name: "x" }), /Choose a provider/);
  await assert.rejects(user.caller.providerCredentials.create({ ...input, name: "x", apiKey: "   " }), /API key is required/);
  await assert.rejects(user.caller.providerCredentials.create({ ...input, name: "x", apiKey: "k".repeat(501) }), /at most 500/);
  await assert.rejects(user.caller.providerCredentials.create({ ...input, name: "x".repeat(61) }), /at most 60/);
  await assert.rejects(user.caller.providerCredentials.create({ ...input, name: "x", baseUrl: "ftp://example.com" }), /http\(s\) URL/);
  await assert.rejects(user.caller.providerCredentials.create({ ...input, name: "x", customSlug: "mine" }), /Only custom providers have a slug/);
  assert.equal((await user.caller.providerCredentials.list({ projectId: user.projectId })).length, 2, "rejected input creates nothing");
});

test("custom providers need a valid slug that is unique in the project and not a catalog id, and a base URL", async () => {
  const user = await createTestUser();
  const other = await createTestUser();
  const custom = { providerId: "custom", name: "Local", apiKey: "local-key-123456", baseUrl: "http://localhost:11434/v1" };
  const created = await user.caller.providerCredentials.create({ projectId: user.projectId, ...custom, customSlug: "my-llm" });
  assert.equal(created.customSlug, "my-llm");
  assert.equal(created.providerName, "Custom");

  await assert.rejects(
    user.caller.providerCredentials.create({ projectId: user.projectId, ...custom, customSlug: "my-llm" }),
    (error: unknown) => isCode("CONFLICT")(error) && /already has a custom provider with the slug "my-llm"/.test((error as Error).message),
  );
  // Slugs are unique per project only.
  await other.caller.providerCredentials.create({ projectId: other.projectId, ...custom, customSlug: "my-llm" });

  const attempt = (patch: Record<string, string | undefined>) => user.caller.providerCredentials.create({ projectId: user.projectId, ...custom, ...patch });
  await assert.rejects(attempt({ customSlug: "openai" }), /built-in provider id/);
  await assert.rejects(attempt({ customSlug: "My-LLM" }), /lowercase letters/);
  await assert.rejects(attempt({ customSlug: "-leading" }), /lowercase letters/);
  await assert.rejects(attempt({ customSlug: "a".repeat(33) }), /lowercase letters/);
  await assert.rejects(attempt({ customSlug: undefined }), /needs a slug/);
  await assert.rejects(attempt({ customSlug: "fine", baseUrl: undefined }), /needs its OpenAI-compatible base URL/);
  await assert.rejects(attempt({ customSlug: "fine", baseUrl: "not a url" }), /http\(s\) URL/);
  assert.ok(await attempt({ customSlug: "a".repeat(32) }));
});

test("disabling, enabling and deleting are recorded in the audit log; repeating a state records nothing", async () => {
  const user = await createTestUser();
  const credential = await user.caller.providerCredentials.create({ projectId: user.projectId, providerId: "groq", name: "Groq", apiKey: "gsk_0123456789abcdef" });
  const ids = { projectId: user.projectId, credentialId: credential.id };
  assert.equal((await user.caller.providerCredentials.setEnabled({ ...ids, enabled: false })).enabled, false);
  assert.equal((await user.caller.providerCredentials.setEnabled({ ...ids, enabled: false })).enabled, false);
  assert.equal((await user.caller.providerCredentials.setEnabled({ ...ids, enabled: true })).enabled, true);
  assert.deepEqual(await user.caller.providerCredentials.delete(ids), { id: credential.id });
  assert.equal((await user.caller.providerCredentials.list({ projectId: user.projectId })).length, 0);
  await assert.rejects(user.caller.providerCredentials.delete(ids), isCode("NOT_FOUND"));
  await assert.rejects(user.caller.providerCredentials.setEnabled({ ...ids, enabled: true }), isCode("NOT_FOUND"));
  await assert.rejects(user.caller.providerCredentials.test(ids), isCode("NOT_FOUND"));

  const audit = await user.caller.auditLog.list({ organizationId: user.organizationId });
  assert.deepEqual(
    audit.items.map((item) => item.action),
    ["provider_credential.deleted", "provider_credential.enabled", "provider_credential.disabled", "provider_credential.created", "organization.created"],
  );
  assert.deepEqual(audit.items[0]!.metadata, { providerId: "groq", name: "Groq", customSlug: null });
  assert.equal(audit.items[0]!.actor?.email, user.email);
});

test("developers may list provider keys but not create, change, test or delete them", async () => {
  const owner = await createTestUser("owner");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });
  const credential = await owner.caller.providerCredentials.create({ projectId: owner.projectId, providerId: "openai", name: "Prod", apiKey: "sk-proj-0123456789abcd" });
  const ids = { projectId: owner.projectId, credentialId: credential.id };

  assert.equal((await developer.caller.providerCredentials.list({ projectId: owner.projectId })).length, 1);
  for (const attempt of [
    () => developer.caller.providerCredentials.create({ projectId: owner.projectId, providerId: "openai", name: "Mine", apiKey: "sk-proj-dev-0000000000" }),
    () => developer.caller.providerCredentials.setEnabled({ ...ids, enabled: false }),
    () => developer.caller.providerCredentials.delete(ids),
    () => developer.caller.providerCredentials.test(ids),
  ]) {
    await assert.rejects(attempt(), isCode("FORBIDDEN"));
  }
  const row = await db().providerCredential.findUniqueOrThrow({ where: { id: credential.id } });
  assert.equal(row.enabled, true);
  assert.equal(row.lastTestedAt, null);

  // Admins may manage them.
  await db().membership.update({ where: { organizationId_userId: { organizationId: owner.organizationId, userId: developer.userId } }, data: { role: "admin" } });
  assert.equal((await developer.caller.providerCredentials.setEnabled({ ...ids, enabled: false })).enabled, false);
});
