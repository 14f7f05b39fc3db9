import assert from "node:assert/strict";
import { createServer } from "node:net";
import { after, before, test } from "node:test";
import { createTestUser } from "@/testing/integration/fixtures";
import { startFakeProvider, type FakeProvider, type FakeProviderFormat } from "@/testing/fake-providers";
import { encryptSecret } from "../../crypto/secret-box";
import { db } from "../../db/client";

const RIGHT_KEY = "right-key-0123456789";
const WRONG_KEY = "wrong-key-9876543210";
const fakes = new Map<FakeProviderFormat, FakeProvider>();

before(async () => {
  for (const format of ["openai", "anthropic", "google"] as const) fakes.set(format, await startFakeProvider({ format, apiKey: RIGHT_KEY }));
});
after(() => Promise.all([...fakes.values()].map((fake) => fake.close())));

const CASES = [
  { providerId: "openai", format: "openai", failure: /^401 from OpenAI: Incorrect API key provided: ••••\./ },
  { providerId: "anthropic", format: "anthropic", failure: /^401 from Anthropic: invalid x-api-key$/ },
  { providerId: "google-ai-studio", format: "google", failure: /^400 from Google AI Studio: API key not valid/ },
] as const;

for (const { providerId, format, failure } of CASES) {
  test(`${providerId}: the connection test succeeds with the right key and explains a wrong one`, async () => {
    const user = await createTestUser();
    const baseUrl = fakes.get(format)!.baseUrl;
    const create = (apiKey: string) => user.caller.providerCredentials.create({ projectId: user.projectId, providerId, name: apiKey, apiKey, baseUrl });
    const right = await create(RIGHT_KEY);
    const wrong = await create(WRONG_KEY);

    const ok = await user.caller.providerCredentials.test({ projectId: user.projectId, credentialId: right.id });
    assert.equal(ok.ok, true, ok.message);
    assert.match(ok.message, /accepted the key/);
    assert.ok(ok.latencyMs >= 0);

    const failed = await user.caller.providerCredentials.test({ projectId: user.projectId, credentialId: wrong.id });
    assert.equal(failed.ok, false);
    assert.match(failed.message, failure);
    assert.ok(!failed.message.includes(WRONG_KEY.slice(-8)), `the message must not quote the key: ${failed.message}`);

    const rows = await db().providerCredential.findMany({ where: { projectId: user.projectId }, orderBy: { createdAt: "asc" } });
    assert.deepEqual(
      rows.map((row) => [row.lastTestOk, row.lastTestMessage, row.lastTestedAt instanceof Date]),
      [
        [true, ok.message, true],
        [false, failed.message, true],
      ],
    );
    const listed = await user.caller.providerCredentials.list({ projectId: user.projectId });
    assert.equal(listed[1]!.lastTestOk, false);
  });
}

test("a custom provider is tested as an OpenAI-compatible endpoint at its own base URL", async () => {
  const user = await createTestUser();
  const fake = fakes.get("openai")!;
  fake.reset();
  const credential = await user.caller.providerCredentials.create({
    projectId: user.projectId,
    providerId: "custom",
    customSlug: "my-llm",
    name: "Local",
    apiKey: RIGHT_KEY,
    baseUrl: fake.baseUrl,
  });
  const result = await user.caller.providerCredentials.test({ projectId: user.projectId, credentialId: credential.id });
  assert.deepEqual([result.ok, result.message], [true, "my-llm accepted the key."]);
  assert.equal(fake.requests[0]?.path, "/v1/models");
  assert.equal(fake.requests[0]?.headers.authorization, `Bearer ${RIGHT_KEY}`);
});

test("upstream failures and unreachable hosts become readable messages", async () => {
  const user = await createTestUser();
  const fake = fakes.get("anthropic")!;
  const create = (baseUrl: string) =>
    user.caller.providerCredentials.create({ projectId: user.projectId, providerId: "anthropic", name: "x", apiKey: RIGHT_KEY, baseUrl });
  const createAndTest = async (baseUrl: string) => user.caller.providerCredentials.test({ projectId: user.projectId, credentialId: (await create(baseUrl)).id });

  fake.setFault({ kind: "status", status: 529, times: 1 });
  const overloaded = await createAndTest(fake.baseUrl);
  assert.equal(overloaded.ok, false);
  assert.match(overloaded.message, /^529 from Anthropic: /);

  const closedPort = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  const refused = await createAndTest(`http://127.0.0.1:${closedPort}`);
  assert.deepEqual([refused.ok, refused.message], [false, `Could not connect to 127.0.0.1:${closedPort}: connection refused.`]);
});

test("a key stored under another ENCRYPTION_KEY is reported, not a server error", async () => {
  const user = await createTestUser();
  const credential = await user.caller.providerCredentials.create({ projectId: user.projectId, providerId: "openai", name: "Old", apiKey: RIGHT_KEY });
  await db().providerCredential.update({ where: { id: credential.id }, data: { encryptedKey: encryptSecret(RIGHT_KEY, Buffer.alloc(32, 9).toString("base64")) } });
  const result = await user.caller.providerCredentials.test({ projectId: user.projectId, credentialId: credential.id });
  assert.equal(result.ok, false);
  assert.match(result.message, /cannot be decrypted/);
});
