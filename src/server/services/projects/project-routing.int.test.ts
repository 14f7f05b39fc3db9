import assert from "node:assert/strict";
import { test } from "node:test";
import { TRPCError } from "@trpc/server";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";

const isCode = (code: TRPCError["code"]) => (error: unknown) => error instanceof TRPCError && error.code === code;

const FALLBACK_CHAIN = {
  rules: [{ name: "gpt fallback", when: { model: "gpt-4o*" }, strategy: "fallback", targets: [{ model: "openai/gpt-4o-mini" }, { model: "claude-haiku-4-5" }] }],
  retry: { attempts: 1, on_status_codes: [429, 503] },
  request_timeout_ms: 20_000,
};

test("admins save routing rules, stored with defaults filled in; null removes them; each change is audited", async () => {
  const user = await createTestUser();
  const ids = { projectId: user.projectId };
  const saved = await user.caller.projects.updateRouting({ ...ids, config: FALLBACK_CHAIN });
  assert.deepEqual(saved.routingConfig, {
    rules: [{ name: "gpt fallback", when: { model: "gpt-4o*" }, strategy: "fallback", targets: [{ model: "openai/gpt-4o-mini", weight: 1 }, { model: "claude-haiku-4-5", weight: 1 }] }],
    retry: { attempts: 1, on_status_codes: [429, 503] },
    request_timeout_ms: 20_000,
  });
  const read = (await user.caller.projects.get(ids)).routingConfig;
  assert.deepEqual(read, saved.routingConfig);
  // In the schema's order for the editor, not jsonb's (which sorts keys by length).
  assert.deepEqual(Object.keys(read as object), ["rules", "retry", "request_timeout_ms"]);
  assert.deepEqual(Object.keys((read as { rules: object[] }).rules[0]!), ["name", "when", "strategy", "targets"]);
  await user.caller.projects.updateRouting({ ...ids, config: FALLBACK_CHAIN });

  assert.equal((await user.caller.projects.updateRouting({ ...ids, config: null })).routingConfig, null);
  assert.equal((await user.caller.projects.get(ids)).routingConfig, null);

  const audit = await db().auditLog.findMany({ where: { organizationId: user.organizationId, action: "settings.changed" }, orderBy: { createdAt: "asc" } });
  assert.equal(audit.length, 2, "saving the same rules twice is one change");
  assert.deepEqual(audit[0]!.metadata, { setting: "routing", from: null, to: saved.routingConfig });
  assert.deepEqual(audit[1]!.metadata, { setting: "routing", from: saved.routingConfig, to: null });
});

test("an invalid config is refused with its first problem named by path, and nothing is saved", async () => {
  const user = await createTestUser();
  const update = (config: unknown) => user.caller.projects.updateRouting({ projectId: user.projectId, config });
  const cases: Array<[unknown, RegExp]> = [
    [{ rules: [{ strategy: "fallback", targets: [] }] }, /^rules\.0\.targets: .*1/],
    [{ rules: [{ strategy: "roundrobin", targets: [{ model: "gpt-4o" }] }] }, /^rules\.0\.strategy: /],
    [{ rules: [{ strategy: "loadbalance", targets: [{ model: "a" }, { model: "b", weight: -1 }] }] }, /^rules\.0\.targets\.1\.weight: /],
    [{ retry: { attempts: 3 } }, /^retry\.attempts: /],
    [{ retry: { on_status_codes: [200] } }, /^retry\.on_status_codes\.0: /],
    [{ request_timeout_ms: 50 }, /^request_timeout_ms: /],
    [{ rules: [{ strategy: "fallback", targets: [{ model: "a" }], whenn: { model: "x" } }] }, /^rules\.0\.whenn: unknown field$/],
    [{ rules: [], request_timeout: 1000 }, /^request_timeout: unknown field$/],
    ["fallback", /expected object/],
  ];
  for (const [config, message] of cases) {
    await assert.rejects(update(config), (error: unknown) => isCode("BAD_REQUEST")(error) && message.test((error as Error).message), `${JSON.stringify(config)} → ${message}`);
  }
  await assert.rejects(user.caller.projects.updateRouting({ projectId: user.projectId } as { projectId: string; config: unknown }), /config is required/);
  assert.equal((await user.caller.projects.get({ projectId: user.projectId })).routingConfig, null);
  assert.equal(await db().auditLog.count({ where: { organizationId: user.organizationId, action: "settings.changed" } }), 0);
});

test("developers cannot change routing rules", async () => {
  const owner = await createTestUser("owner");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });
  await assert.rejects(developer.caller.projects.updateRouting({ projectId: owner.projectId, config: FALLBACK_CHAIN }), isCode("FORBIDDEN"));
  await assert.rejects(developer.caller.projects.updateRouting({ projectId: owner.projectId, config: null }), isCode("FORBIDDEN"));
  assert.equal((await owner.caller.projects.get({ projectId: owner.projectId })).routingConfig, null);
});
