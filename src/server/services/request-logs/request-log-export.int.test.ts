import assert from "node:assert/strict";
import { test } from "node:test";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { parseCsvRecords } from "./csv-test-parser";
import { CSV_COLUMN_NAMES } from "./request-log-csv";
import { startRequestLogExport } from "./export-request-logs";
import { insertRequestLogs } from "./request-log-test-rows";

const BASE = Date.parse("2025-06-01T12:00:00.000Z");
const at = (seconds: number) => new Date(BASE + seconds * 1000);
const isAppError = (code: AppError["code"], message?: RegExp) => (error: unknown) =>
  error instanceof AppError && error.code === code && (!message || message.test(error.message));

async function exportText(userId: string | null, query: Record<string, string>, options?: { rowLimit?: number }) {
  const exported = await startRequestLogExport({ userId }, new URLSearchParams(query), { ...options, now: new Date("2025-06-03T08:00:00Z") });
  const bytes = new Uint8Array(await new Response(exported.body).arrayBuffer());
  return { ...exported, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

test("the export holds exactly the filtered rows, every column as stored, with hostile text kept inert", async () => {
  const user = await createTestUser();
  await user.caller.projects.rename({ projectId: user.projectId, name: "Prod / EU" });
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: 'Key, "quoted"' });
  await insertRequestLogs(user, [
    {
      requestId: "hostile",
      createdAt: at(5),
      apiKeyId: apiKey.id,
      requestedModel: '=HYPERLINK("http://evil.example","click")',
      modelId: "gpt-4o-mini",
      providerId: "openai",
      providerModel: "gpt-4o-mini-2024-07-18",
      credentialSource: "byok",
      credentialId: "cred_1",
      status: 502,
      errorCode: "upstream_error",
      errorMessage: 'Provider said: "no", then\r\nhung up, badly',
      finishReason: null,
      cacheStatus: "miss",
      retries: 2,
      promptTokens: 1200,
      completionTokens: 300,
      cachedTokens: 1000,
      cacheWriteTokens: 50,
      reasoningTokens: 20,
      tokensEstimated: true,
      inputCost: "0.000176",
      cachedInputCost: "0.000000000001",
      cacheWriteCost: "0.0000125",
      outputCost: "0.000264",
      totalCost: "0.000452500001",
      latencyMs: 950,
      ttftMs: 310,
      streamed: true,
      metadata: { team: "-search", note: "ünïcødé ✓, with comma" },
    },
    { requestId: "ok-later", createdAt: at(9), status: 200, modelId: "gpt-4o-mini", totalCost: "0.1", metadata: { a: "@b" } },
    { requestId: "filtered-out-status", createdAt: at(7), status: 200, requestedModel: "claude-haiku" },
    { requestId: "filtered-out-time", createdAt: at(100), status: 502, modelId: "gpt-4o-mini" },
  ]);

  const { text, bytes, fileName, rowLimit } = await exportText(user.userId, { projectId: user.projectId, model: "gpt-4o-mini", to: at(60).toISOString() });
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark for spreadsheets");
  assert.equal(fileName, "requests-prod-eu-2025-06-03.csv");
  assert.equal(rowLimit, 100_000);

  const records = parseCsvRecords(text.slice(1));
  assert.deepEqual(Object.keys(records[0]!), CSV_COLUMN_NAMES);
  assert.deepEqual(records.map((record) => record.request_id), ["ok-later", "hostile"], "the filtered rows, newest first");
  const row = await db().requestLog.findFirstOrThrow({ where: { requestId: "hostile", projectId: user.projectId } });
  assert.deepEqual(records[1], {
    created_at: "2025-06-01T12:00:05.000Z",
    log_id: row.id,
    request_id: "hostile",
    api_key_id: apiKey.id,
    api_key_name: 'Key, "quoted"',
    endpoint: "chat.completions",
    requested_model: `'=HYPERLINK("http://evil.example","click")`,
    model_id: "gpt-4o-mini",
    provider: "openai",
    provider_model: "gpt-4o-mini-2024-07-18",
    credential_source: "byok",
    streamed: "true",
    status: "502",
    error_code: "upstream_error",
    error_message: 'Provider said: "no", then\r\nhung up, badly',
    finish_reason: "",
    cache_status: "miss",
    retries: "2",
    prompt_tokens: "1200",
    completion_tokens: "300",
    cached_tokens: "1000",
    cache_write_tokens: "50",
    reasoning_tokens: "20",
    tokens_estimated: "true",
    input_cost_usd: "0.000176",
    cached_input_cost_usd: "0.000000000001",
    cache_write_cost_usd: "0.0000125",
    output_cost_usd: "0.000264",
    total_cost_usd: "0.000452500001",
    latency_ms: "950",
    ttft_ms: "310",
    // As PostgreSQL's jsonb keeps it (keys reordered), serialised once.
    metadata: JSON.stringify(row.metadata),
  });
  assert.deepEqual(JSON.parse(records[1]!.metadata!), { team: "-search", note: "ünïcødé ✓, with comma" });
  assert.equal(records[0]!.api_key_name, "", "no key, no name");
  assert.equal(records[0]!.total_cost_usd, "0.1");
  assert.equal(records[0]!.ttft_ms, "");
});

test("the export pages through every matching row in list order, across batches and shared timestamps", async () => {
  const user = await createTestUser();
  await insertRequestLogs(
    user,
    Array.from({ length: 2_600 }, (_, index) => ({ requestId: `b${index}`, createdAt: at(Math.floor(index / 4)), status: index % 5 === 0 ? 500 : 200 })),
  );
  const { text } = await exportText(user.userId, { projectId: user.projectId, status: "2xx" });
  const exported = parseCsvRecords(text.slice(1)).map((record) => record.request_id);
  const expected = (await db().requestLog.findMany({ where: { projectId: user.projectId, status: 200 }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { requestId: true } })).map(
    (row) => row.requestId,
  );
  assert.equal(expected.length, 2_080);
  assert.deepEqual(exported, expected);
  assert.doesNotMatch(text, /Export stopped/);
});

test("an export over the row limit stops there and says so on its last line", async () => {
  const user = await createTestUser();
  await insertRequestLogs(user, Array.from({ length: 5 }, (_, index) => ({ requestId: `t${index}`, createdAt: at(index) })));
  const cut = await exportText(user.userId, { projectId: user.projectId }, { rowLimit: 3 });
  const lines = cut.text.slice(1).split("\r\n");
  assert.deepEqual(lines.slice(1, 4).map((line) => line.split(",")[2]), ["t4", "t3", "t2"]);
  assert.equal(lines[4], "# Export stopped at 3 rows; narrow the time range to export the rest.");
  const exact = await exportText(user.userId, { projectId: user.projectId }, { rowLimit: 5 });
  assert.doesNotMatch(exact.text, /Export stopped/, "exactly the limit is complete");
  assert.equal(parseCsvRecords(exact.text.slice(1)).length, 5);
});

test("exports need a session, a project the caller belongs to and valid filters", async () => {
  const owner = await createTestUser("owner");
  const stranger = await createTestUser("stranger");
  const developer = await createTestUser("developer");
  await db().membership.create({ data: { organizationId: owner.organizationId, userId: developer.userId, role: "developer" } });
  await insertRequestLogs(owner, [{ requestId: "secret" }]);
  const ids = { projectId: owner.projectId };

  await assert.rejects(exportText(null, ids), isAppError("UNAUTHORIZED"));
  await assert.rejects(exportText(stranger.userId, ids), isAppError("NOT_FOUND", /Project not found/));
  await assert.rejects(exportText(stranger.userId, { ...ids, status: "2xx" }), isAppError("NOT_FOUND"), "membership is checked before anything else");
  await assert.rejects(exportText(owner.userId, {}), isAppError("BAD_REQUEST", /projectId is required/));
  await assert.rejects(exportText(owner.userId, { ...ids, status: "abc" }), isAppError("BAD_REQUEST", /Status must be/));
  await assert.rejects(exportText(owner.userId, { ...ids, from: "2025-06-02T00:00:00Z", to: "2025-06-01T00:00:00Z" }), isAppError("BAD_REQUEST", /end of the time range/));

  const asDeveloper = await exportText(developer.userId, ids);
  assert.deepEqual(parseCsvRecords(asDeveloper.text.slice(1)).map((record) => record.request_id), ["secret"], "every member may export");
  const empty = await exportText(stranger.userId, { projectId: stranger.projectId });
  assert.deepEqual(parseCsvRecords(empty.text.slice(1)), [], "a stranger's own project has none of the owner's rows");
});
