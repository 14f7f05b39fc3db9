import nextEnv from "@next/env";

/**
 * Loads .env, .env.local and .env.production(.local) the way Next.js does, before the start scripts read
 * anything, so that the database, secrets and the Next server all see the same values. Empty values count as unset.
 */
export function loadEnvFiles(dev = false): void {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });
  for (const [name, value] of Object.entries(process.env)) {
    if (value === "") delete process.env[name];
  }
}
