import { decryptSecret } from "../../crypto/secret-box";
import { db } from "../../db/client";
import { env } from "../../env";
import { AppError } from "../../errors";
import { getAdapter } from "../../providers";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";
import { resolveConnectionTarget, type ConnectionTarget } from "./connection-target";
import { describeHttpFailure, describeNetworkFailure } from "./describe-connection-failure";

const TEST_TIMEOUT_MS = 10_000;

export type ConnectionTestResult = { ok: boolean; message: string; latencyMs: number };

/** One cheap authenticated call (list models) through the provider's adapter. */
async function probe(target: ConnectionTarget, apiKey: string): Promise<ConnectionTestResult> {
  const adapter = getAdapter(target.wireFormat);
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  try {
    const request = adapter.buildTestConnectionRequest({ baseUrl: target.baseUrl, apiKey, providerModel: target.probeModel });
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      // A redirect could carry the key's header to another host; providers' APIs never redirect.
      redirect: "manual",
      signal: AbortSignal.timeout(TEST_TIMEOUT_MS),
    });
    const bodyText = await response.text();
    const latencyMs = elapsed();
    if (response.ok) return { ok: true, message: `${target.providerName} accepted the key.`, latencyMs };
    const upstreamMessage =
      response.status >= 300 && response.status < 400
        ? `redirected to ${response.headers.get("location") ?? "another URL"}`
        : adapter.parseUpstreamError(response.status, bodyText).upstreamMessage;
    return { ok: false, message: describeHttpFailure({ providerName: target.providerName, status: response.status, upstreamMessage, apiKey }), latencyMs };
  } catch (error) {
    const message = describeNetworkFailure({ providerName: target.providerName, baseUrl: target.baseUrl, error, apiKey, timeoutMs: TEST_TIMEOUT_MS });
    return { ok: false, message, latencyMs: elapsed() };
  }
}

const UNDECRYPTABLE: ConnectionTestResult = {
  ok: false,
  message: "The stored key cannot be decrypted with the server's current ENCRYPTION_KEY. Delete it and add it again.",
  latencyMs: 0,
};

/** Null when ENCRYPTION_KEY changed since the key was stored: a state to report, not a server error. */
function decryptStoredKey(encryptedKey: string): string | null {
  try {
    return decryptSecret(encryptedKey, env().ENCRYPTION_KEY);
  } catch {
    return null;
  }
}

/** Checks a stored key against its provider and remembers the outcome for the dashboard. */
export async function testProviderCredential(scope: ProjectScope, credentialId: string): Promise<ConnectionTestResult> {
  requireRole(scope, "admin");
  const credential = await db().providerCredential.findFirst({
    where: { id: credentialId, projectId: scope.projectId },
    select: { providerId: true, customSlug: true, baseUrl: true, encryptedKey: true },
  });
  if (!credential) throw new AppError("NOT_FOUND", "Provider key not found.");

  const apiKey = decryptStoredKey(credential.encryptedKey);
  const result = apiKey === null ? UNDECRYPTABLE : await probe(resolveConnectionTarget(credential), apiKey);
  // updateMany, not update: the credential may have been deleted while the provider was answering.
  await db().providerCredential.updateMany({
    where: { id: credentialId, projectId: scope.projectId },
    data: { lastTestedAt: new Date(), lastTestOk: result.ok, lastTestMessage: result.message },
  });
  return result;
}
