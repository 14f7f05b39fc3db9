import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";

const isCode = (code: TRPCError["code"]) => (error: unknown) => error instanceof TRPCError && error.code === code;
const NO_LIMITS = { rateLimitRpm: null, rateLimitTpm: null, allowedModels: [] as string[], spendLimitUsd: null, spendPeriod: "lifetime" as const };

test("limits are saved exactly, listed with the key, and each real change is audited with before and after", async () => {
  const user = await createTestUser();
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Limited", spendLimitUsd: "10" });
  const input = {
    projectId: user.projectId,
    apiKeyId: apiKey.id,
    rateLimitRpm: 60,
    rateLimitTpm: 100_000,
    allowedModels: [" gpt-4o-mini ", "anthropic/claude-haiku-4-5", "GPT-4o-mini", "my-llm/llama-3-8b"],
    spendLimitUsd: "25.50",
    spendPeriod: "month" as const,
  };
  const updated = await user.caller.apiKeys.updateLimits(input);
  assert.deepEqual(
    [updated.rateLimitRpm, updated.rateLimitTpm, updated.allowedModels, updated.spendLimitUsd, updated.spendPeriod],
    [60, 100_000, ["gpt-4o-mini", "anthropic/claude-haiku-4-5", "my-llm/llama-3-8b"], "25.5", "month"],
  );
  const [listed] = await user.caller.apiKeys.list({ projectId: user.projectId });
  assert.deepEqual(listed!.allowedModels, updated.allowedModels);
  assert.equal(listed!.rateLimitTpm, 100_000);

  await user.caller.apiKeys.updateLimits({ ...input, spendLimitUsd: "25.5" });
  const cleared = await user.caller.apiKeys.updateLimits({ projectId: user.projectId, apiKeyId: apiKey.id, ...NO_LIMITS });
  assert.deepEqual([cleared.rateLimitRpm, cleared.rateLimitTpm, cleared.allowedModels, cleared.spendLimitUsd, cleared.spendPeriod], [null, null, [], null, "lifetime"]);

  const audit = await db().auditLog.findMany({ where: { organizationId: user.organizationId, action: "api_key.limits_changed" }, orderBy: { createdAt: "asc" } });
  assert.equal(audit.length, 2, "the same limits saved twice are one change");
  assert.equal(audit[0]!.targetId, apiKey.id);
  assert.equal(audit[0]!.actorId, user.userId);
  assert.deepEqual(audit[0]!.metadata, {
    from: { rateLimitRpm: null, rateLimitTpm: null, allowedModels: [], spendLimitUsd: "10", spendPeriod: "lifetime" },
    to: { rateLimitRpm: 60, rateLimitTpm: 100_000, allowedModels: ["gpt-4o-mini", "anthropic/claude-haiku-4-5", "my-llm/llama-3-8b"], spendLimitUsd: "25.5", spendPeriod: "month" },
  });
});

test("each limit is validated with a message naming it, and a refused change changes nothing", async () => {
  const user = await createTestUser();
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "Key" });
  const update = (limits: Partial<Record<keyof typeof NO_LIMITS, unknown>>) =>
    user.caller.apiKeys.updateLimits({ projectId: user.projectId, apiKeyId: apiKey.id, ...NO_LIMITS, ...limits } as Parameters<typeof user.caller.apiKeys.updateLimits>[0]);
  const cases: Array<[Partial<Record<keyof typeof NO_LIMITS, unknown>>, RegExp, string]> = [
    [{ rateLimitRpm: 0 }, /Requests per minute must be a whole number from 1 to 1,000,000/, "rateLimitRpm"],
    [{ rateLimitRpm: 1_000_001 }, /Requests per minute/, "rateLimitRpm"],
    [{ rateLimitRpm: 1.5 }, /Requests per minute/, "rateLimitRpm"],
    [{ rateLimitTpm: 1_000_000_001 }, /Tokens per minute must be a whole number from 1 to 1,000,000,000/, "rateLimitTpm"],
    [{ allowedModels: ["gpt-4o-mini", "no-such-model"] }, /Unknown model "no-such-model"/, "allowedModels"],
    // A catalog provider's prefix with a model it does not serve could never be honoured.
    [{ allowedModels: ["openai/claude-haiku-4-5"] }, /Unknown model "openai\/claude-haiku-4-5"/, "allowedModels"],
    [{ allowedModels: ["  "] }, /Model ids cannot be empty/, "allowedModels"],
    [{ allowedModels: Array.from({ length: 101 }, () => "gpt-4o-mini") }, /at most 100 models/, "allowedModels"],
    [{ spendLimitUsd: "-1" }, /Spend limit must be a positive amount/, "spendLimitUsd"],
    [{ spendLimitUsd: "1.1234567" }, /at most 6 decimals/, "spendLimitUsd"],
    [{ spendLimitUsd: "0" }, /greater than 0/, "spendLimitUsd"],
    [{ spendPeriod: "year" }, /Spend period must be lifetime, day, week or month/, "spendPeriod"],
  ];
  for (const [limits, message, field] of cases) {
    await assert.rejects(
      update(limits),
      (error: unknown) => {
        assert.ok(isCode("BAD_REQUEST")(error), `${JSON.stringify(limits)}: ${String(error)}`);
        // The first issue becomes the message, and its path puts it beside its field in the form.
        const issue = ((error as TRPCError).cause as ZodError).issues[0];
        assert.match(issue?.message ?? "", message);
        assert.equal(issue?.path[0], field);
        return true;
      },
    );
  }
  const [listed] = await user.caller.apiKeys.list({ projectId: user.projectId });
  assert.deepEqual([listed!.rateLimitRpm, listed!.allowedModels, listed!.spendLimitUsd], [null, [], null]);
  assert.equal(await db().auditLog.count({ where: { organizationId: user.organizationId, action: "api_key.limits_changed" } }), 0);
});

test("developers may set limits; unknown and revoked keys are refused", async () => {
  const owner = await createTestUser("owner");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });
  const { apiKey } = await owner.caller.apiKeys.create({ projectId: owner.projectId, name: "Shared" });

  const updated = await developer.caller.apiKeys.updateLimits({ projectId: owner.projectId, apiKeyId: apiKey.id, ...NO_LIMITS, rateLimitRpm: 5 });
  assert.equal(updated.rateLimitRpm, 5);

  await assert.rejects(developer.caller.apiKeys.updateLimits({ projectId: owner.projectId, apiKeyId: "nope", ...NO_LIMITS }), isCode("NOT_FOUND"));
  await owner.caller.apiKeys.revoke({ projectId: owner.projectId, apiKeyId: apiKey.id });
  await assert.rejects(developer.caller.apiKeys.updateLimits({ projectId: owner.projectId, apiKeyId: apiKey.id, ...NO_LIMITS }), /revoked/);
});
