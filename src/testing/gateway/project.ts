import { randomBytes } from "node:crypto";
import { env } from "@/server/env";
import { encryptSecret } from "@/server/crypto/secret-box";
import { db } from "@/server/db/client";
import { startFakeProvider, type FakeProvider } from "@/testing/fake-providers";
import { createTestUser } from "@/testing/integration/fixtures";

export type FakeFormat = "openai" | "anthropic" | "google";
export const PROVIDER_FOR_FORMAT = { openai: "openai", anthropic: "anthropic", google: "google-ai-studio" } as const;

/** A signed-up user whose project holds BYOK credentials pointing at fake OpenAI, Anthropic and Gemini servers. */
export async function createGatewayProject(options: { chunkDelayMs?: number } = {}) {
  const user = await createTestUser("gateway");
  const fakes = {} as Record<FakeFormat, FakeProvider>;
  const providerKeys = {} as Record<FakeFormat, string>;
  for (const format of ["openai", "anthropic", "google"] as const) {
    const providerKey = `fake-${format}-${randomBytes(4).toString("hex")}`;
    providerKeys[format] = providerKey;
    fakes[format] = await startFakeProvider({ format, apiKey: providerKey, chunkDelayMs: options.chunkDelayMs ?? 1 });
    await db().providerCredential.create({
      data: {
        projectId: user.projectId,
        providerId: PROVIDER_FOR_FORMAT[format],
        name: `fake ${format}`,
        baseUrl: fakes[format].baseUrl,
        encryptedKey: encryptSecret(providerKey, env().ENCRYPTION_KEY),
        keyLast4: providerKey.slice(-4),
      },
    });
  }
  const { key } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "gateway test" });
  return {
    user,
    apiKey: key,
    fakes,
    providerKeys,
    close: () => Promise.all(Object.values(fakes).map((fake) => fake.close())),
  };
}

/** Adds a BYOK credential for `providerId` pointing at a fake server (several providers may share one format). */
export async function addFakeCredential(projectId: string, providerId: string, fake: FakeProvider, apiKey: string): Promise<string> {
  const credential = await db().providerCredential.create({
    data: { projectId, providerId, name: `fake ${providerId}`, baseUrl: fake.baseUrl, encryptedKey: encryptSecret(apiKey, env().ENCRYPTION_KEY), keyLast4: apiKey.slice(-4) },
  });
  return credential.id;
}
