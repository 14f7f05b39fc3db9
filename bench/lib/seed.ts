// The benchmark's database: an embedded PostgreSQL in the throwaway data folder, migrated like `npm start` does,
// and seeded through the services with one account, a BYOK OpenAI credential pointing at the fake upstream, and an
// API key. The servers then get DATABASE_URL and reuse it (and read the same secrets.json from the data folder).
import type { PreparedDatabase } from "../../src/server/db/prepare-database";

export async function startBenchDatabase(dataDir: string, log: (line: string) => void): Promise<PreparedDatabase> {
  process.env.SWITCHBOARD_DATA_DIR = dataDir;
  // Never a database from the caller's environment: the benchmark writes thousands of request-log rows.
  delete process.env.DATABASE_URL;
  const { applyGeneratedSecrets } = await import("../../src/server/config/secrets");
  applyGeneratedSecrets();
  const { prepareDatabase } = await import("../../src/server/db/prepare-database");
  return prepareDatabase(log);
}

export type Seeded = { apiKey: string; projectId: string; organizationId: string };

export async function seedGatewayProject(options: { providerBaseUrl: string; providerKey: string }): Promise<Seeded> {
  const { signUp } = await import("../../src/server/services/accounts/sign-up");
  const { createApiKey } = await import("../../src/server/services/api-keys/create-api-key");
  const { createProviderCredential } = await import("../../src/server/services/provider-credentials/create-provider-credential");
  const { disconnectDb } = await import("../../src/server/db/client");
  try {
    const account = await signUp({ email: "bench@example.com", password: "bench-password-1234" });
    const scope = { userId: account.user.id, organizationId: account.organizationId, projectId: account.projectId, role: "owner" as const, ip: "127.0.0.1" };
    await createProviderCredential(scope, { providerId: "openai", name: "bench fake openai", apiKey: options.providerKey, baseUrl: options.providerBaseUrl });
    const { key } = await createApiKey(scope, { name: "bench" });
    return { apiKey: key, projectId: account.projectId, organizationId: account.organizationId };
  } finally {
    await disconnectDb();
  }
}
