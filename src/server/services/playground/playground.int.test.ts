import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { db } from "@/server/db/client";
import { requestLogWriter } from "@/server/gateway/logging/request-log-writer";
import { createGatewayProject } from "@/testing/gateway/project";
import { createTestUser } from "@/testing/integration/fixtures";
import { handlePlaygroundRequest, PLAYGROUND_PROJECT_HEADER } from "./handle-playground-request";

const ENDPOINT = "http://localhost:3000/api/playground/chat/completions";
const BODY = { model: "openai/gpt-4o-mini", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: "hello from the playground" }] };

function playgroundRequest(headers: Record<string, string>, body: unknown = BODY): Request {
  return new Request(ENDPOINT, { method: "POST", headers: { "content-type": "application/json", host: "localhost:3000", ...headers }, body: JSON.stringify(body) });
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { message: string; type: string; code: string | null } };
  return { status: response.status, ...body.error };
}

describe("playground route service", () => {
  let project: Awaited<ReturnType<typeof createGatewayProject>>;
  before(async () => {
    project = await createGatewayProject();
  });
  after(() => project.close());

  test("a member's request streams through the gateway on the project's own key and is logged as the playground's", async () => {
    const response = await handlePlaygroundRequest(
      playgroundRequest({
        [PLAYGROUND_PROJECT_HEADER]: project.user.projectId,
        origin: "http://localhost:3000",
        "sec-fetch-site": "same-origin",
        cookie: "next-auth.session-token=secret-session",
        "x-request-id": "playground-logged",
        // A client cannot pass itself off as another source, nor smuggle a key into the pipeline.
        "x-switchboard-source": "someone-else",
        "x-switchboard-meta-experiment": "a",
        authorization: "Bearer sk-sb-not-a-key",
      }),
      project.user.userId,
    );
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /text\/event-stream/);
    assert.equal(response.headers.get("x-switchboard-provider"), "openai");
    assert.equal(response.headers.get("x-request-id"), "playground-logged");
    const text = await response.text();
    assert.match(text, /Echo:/);
    assert.match(text, /"usage":\{"prompt_tokens":\d+/);
    assert.match(text, /data: \[DONE\]\n\n$/);

    const upstream = project.fakes.openai.requests.at(-1)!;
    assert.equal(upstream.headers.cookie, undefined);
    assert.equal(upstream.headers.authorization, `Bearer ${project.providerKeys.openai}`);

    await requestLogWriter().flush();
    const row = await db().requestLog.findFirstOrThrow({ where: { requestId: "playground-logged" } });
    assert.equal(row.apiKeyId, null);
    assert.equal(row.projectId, project.user.projectId);
    assert.equal(row.status, 200);
    assert.equal(row.credentialSource, "byok");
    assert.deepEqual(row.metadata, { experiment: "a", source: "playground" });
    assert.ok(row.completionTokens > 0);
  });

  test("the gateway's own errors come back in its envelope", async () => {
    const response = await handlePlaygroundRequest(playgroundRequest({ [PLAYGROUND_PROJECT_HEADER]: project.user.projectId }, { ...BODY, model: "no-such-model" }), project.user.userId);
    const error = await errorOf(response);
    assert.equal(error.status, 404);
    assert.equal(error.code, "model_not_found");
  });

  test("without a session the answer is 401 and no provider is called", async () => {
    const calls = project.fakes.openai.requests.length;
    const error = await errorOf(await handlePlaygroundRequest(playgroundRequest({ [PLAYGROUND_PROJECT_HEADER]: project.user.projectId }), null));
    assert.equal(error.status, 401);
    assert.equal(error.type, "authentication_error");
    assert.equal(project.fakes.openai.requests.length, calls);
  });

  test("a user who is not a member of the project is refused as if it did not exist", async () => {
    const outsider = await createTestUser("outsider");
    const calls = project.fakes.openai.requests.length;
    const error = await errorOf(await handlePlaygroundRequest(playgroundRequest({ [PLAYGROUND_PROJECT_HEADER]: project.user.projectId }), outsider.userId));
    assert.equal(error.status, 404);
    assert.equal(error.code, "project_not_found");
    const unknown = await errorOf(await handlePlaygroundRequest(playgroundRequest({ [PLAYGROUND_PROJECT_HEADER]: "cm-no-such-project" }), project.user.userId));
    assert.equal(unknown.status, 404);
    assert.equal(project.fakes.openai.requests.length, calls);
  });

  test("a request without a project is a 400 naming the header", async () => {
    const error = await errorOf(await handlePlaygroundRequest(playgroundRequest({}), project.user.userId));
    assert.equal(error.status, 400);
    assert.match(error.message, /x-switchboard-project/);
  });

  test("cross-site requests are refused even with a valid session", async () => {
    const calls = project.fakes.openai.requests.length;
    const crossSite: Array<Record<string, string>> = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "http://localhost:3000", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of crossSite) {
      const error = await errorOf(await handlePlaygroundRequest(playgroundRequest({ [PLAYGROUND_PROJECT_HEADER]: project.user.projectId, ...headers }), project.user.userId));
      assert.equal(error.status, 403, JSON.stringify(headers));
      assert.equal(error.code, "cross_site_request");
    }
    assert.equal(project.fakes.openai.requests.length, calls);
  });
});
