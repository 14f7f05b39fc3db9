import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";

type GeneratedSecrets = {
  authSecret: string;
  apiKeyHashSecret: string;
  encryptionKey: string;
  postgresPassword: string;
};

function generate(): GeneratedSecrets {
  return {
    authSecret: randomBytes(32).toString("base64url"),
    apiKeyHashSecret: randomBytes(32).toString("base64url"),
    encryptionKey: randomBytes(32).toString("base64"),
    postgresPassword: randomBytes(18).toString("base64url"),
  };
}

/**
 * Secrets the app needs but the user did not give: generated once and kept in the data folder (mode 600),
 * so the embedded default runs with no environment at all and keeps working across restarts.
 */
export function loadOrCreateSecrets(): GeneratedSecrets {
  const file = path.join(dataDir(), "secrets.json");
  const existing: Partial<GeneratedSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const merged = { ...generate(), ...existing };
  if (Object.keys(existing).length !== Object.keys(merged).length) {
    writeFileSync(file, JSON.stringify(merged, null, 2), { mode: 0o600 });
  }
  return merged;
}

/** Puts generated secrets into process.env where the user has not set their own. */
export function applyGeneratedSecrets(): void {
  const secrets = loadOrCreateSecrets();
  process.env.AUTH_SECRET ??= process.env.NEXTAUTH_SECRET ?? secrets.authSecret;
  process.env.NEXTAUTH_SECRET ??= process.env.AUTH_SECRET;
  process.env.API_KEY_HASH_SECRET ??= secrets.apiKeyHashSecret;
  process.env.ENCRYPTION_KEY ??= secrets.encryptionKey;
}
