import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { anonymousCaller, createTestUser } from "@/testing/integration/fixtures";
import { hashApiKey } from "../../auth/api-key-secret";
import { db } from "../../db/client";

test("a created key is returned once in full and stored only as its keyed hash", async () => {
  const user = await createTestUser();
  const { key, apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Backend" });
  assert.match(key, /^sk-sb-[A-Za-z0-9_-]{43}$/);
  assert.equal(apiKey.masked, `${key.slice(0, 10)}…${key.slice(-4)}`);

  const row = await db().apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
  assert.equal(row.keyHash, hashApiKey(key, process.env.API_KEY_HASH_SECRET!));
  assert.ok(!JSON.stringify(row).includes(key.slice(6)), "the key itself must not be stored");

  const listed = await user.caller.apiKeys.list({ projectId: user.projectId });
  assert.equal(listed.length, 1);
  assert.ok(!JSON.stringify(listed).includes(key.slice(6)), "the list must not reveal the key");
  assert.equal(listed[0]!.status, "active");
});

test("expiry and spend limit are validated and kept exactly", async () => {
  const user = await createTestUser();
  const expiresAt = new Date(Date.now() + 86_400_000);
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Limited", expiresAt, spendLimitUsd: "12.345678" });
  assert.equal(apiKey.spendLimitUsd, "12.345678");
  assert.equal(apiKey.expiresAt?.getTime(), expiresAt.getTime());

  await assert.rejects(user.caller.apiKeys.create({ projectId: user.projectId, name: "x", spendLimitUsd: "-5" }), /Spend limit/);
  await assert.rejects(user.caller.apiKeys.create({ projectId: user.projectId, name: "x", spendLimitUsd: "1.1234567" }), /at most 6 decimals/);
  await assert.rejects(user.caller.apiKeys.create({ projectId: user.projectId, name: "x", expiresAt: new Date(Date.now() - 1000) }), /in the future/);
  await assert.rejects(user.caller.apiKeys.create({ projectId: user.projectId, name: "   " }), /Key name is required/);
  assert.equal((await user.caller.apiKeys.list({ projectId: user.projectId })).length, 1, "rejected input creates nothing");
});

test("rename and revoke are recorded in the audit log; revoking twice keeps the first time", async () => {
  const user = await createTestUser();
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Old" });
  const renamed = await user.caller.apiKeys.rename({ projectId: user.projectId, apiKeyId: apiKey.id, name: "New" });
  assert.equal(renamed.name, "New");
  const first = await user.caller.apiKeys.revoke({ projectId: user.projectId, apiKeyId: apiKey.id });
  const second = await user.caller.apiKeys.revoke({ projectId: user.projectId, apiKeyId: apiKey.id });
  assert.equal(first.status, "revoked");
  assert.equal(second.revokedAt?.getTime(), first.revokedAt?.getTime());

  const audit = await user.caller.auditLog.list({ organizationId: user.organizationId });
  assert.deepEqual(
    audit.items.map((item) => item.action),
    ["api_key.revoked", "api_key.renamed", "api_key.created", "organization.created"],
  );
  assert.equal(audit.items[0]!.actor?.email, user.email);
});

test("unknown key ids are NOT_FOUND", async () => {
  const user = await createTestUser();
  await assert.rejects(user.caller.apiKeys.revoke({ projectId: user.projectId, apiKeyId: "nope" }), (error: TRPCError) => error.code === "NOT_FOUND");
});

test("every protected procedure refuses a caller without a session", async () => {
  const user = await createTestUser();
  const caller = anonymousCaller();
  for (const attempt of [
    () => caller.viewer.me(),
    () => caller.apiKeys.list({ projectId: user.projectId }),
    () => caller.apiKeys.create({ projectId: user.projectId, name: "x" }),
    () => caller.projects.list({ organizationId: user.organizationId }),
    () => caller.auditLog.list({ organizationId: user.organizationId }),
  ]) {
    await assert.rejects(attempt(), (error: TRPCError) => error.code === "UNAUTHORIZED");
  }
});
