import { z } from "zod";

// Every environment variable the server reads is declared and validated here, once. Secrets missing from the
// environment are generated into the data folder by the start script before this runs (config/secrets.ts).

const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const base64Key32 = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes encoded as base64 (openssl rand -base64 32)");

/** An optional number read from text; empty counts as unset. */
const optionalNumber = (schema: z.ZodNumber) =>
  z
    .string()
    .trim()
    .regex(/^(-?\d+(\.\d+)?)?$/, "must be a number")
    .transform((value) => (value === "" ? undefined : Number(value)))
    .pipe(schema.optional())
    .optional();

const serverSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "is not set: start the app with `npm start`, which provides the embedded database, or set it to a PostgreSQL URL" })
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    NEXTAUTH_URL: z.url("must be the public URL of the app, e.g. https://gateway.example.com").optional(),
    API_KEY_HASH_SECRET: z.string().min(32, "must be at least 32 characters"),
    ENCRYPTION_KEY: base64Key32,
    GITHUB_CLIENT_ID: optionalString,
    GITHUB_CLIENT_SECRET: optionalString,
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    // Billing (Stripe) is off unless both are set; credits then come only from grants (`npm run admin -- grant`).
    STRIPE_SECRET_KEY: optionalString,
    STRIPE_WEBHOOK_SECRET: optionalString,
    // Where the Stripe SDK sends API calls (default api.stripe.com:443 over https); the tests point it at a local imitation.
    STRIPE_API_HOST: optionalString,
    STRIPE_API_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
    // Shared store for cache, rate limits and routing metrics; in-process memory when unset (src/server/kv).
    UPSTASH_REDIS_REST_URL: z.url("must be the http(s) URL of an Upstash REST endpoint").optional(),
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    KV_TIMEOUT_MS: optionalNumber(z.number().int("must be a whole number of milliseconds").min(1, "must be at least 1 (ms)")),
    // Gateway tuning: read where they are used (the hot path avoids process.env), validated here at start.
    GATEWAY_MAX_BODY_BYTES: optionalNumber(z.number().int("must be a whole number of bytes").min(1024, "must be at least 1024 (bytes)")),
    GATEWAY_UPSTREAM_TIMEOUT_MS: optionalNumber(z.number().int("must be a whole number of milliseconds").min(1, "must be at least 1 (ms)")),
    // Checked by pattern rather than z.enum, whose failure would hide the cross-field checks below.
    GATEWAY_FAST_PATH: z.string().trim().regex(/^(on|off)?$/, "must be on or off").optional(),
    TRUST_PROXY: z.string().trim().regex(/^(true|false)?$/, "must be true or false").optional(),
    ROUTING_EXPLORATION_RATE: optionalNumber(z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1")),
    ROUTING_RANDOM_SEED: optionalNumber(z.number().int("must be an integer")),
  })
  .refine((env) => Boolean(env.GITHUB_CLIENT_ID) === Boolean(env.GITHUB_CLIENT_SECRET), {
    message: "GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET must be set together",
    path: ["GITHUB_CLIENT_ID"],
  })
  .refine((env) => Boolean(env.UPSTASH_REDIS_REST_URL) === Boolean(env.UPSTASH_REDIS_REST_TOKEN), {
    message: "UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together",
    path: ["UPSTASH_REDIS_REST_URL"],
  })
  .refine((env) => Boolean(env.GOOGLE_CLIENT_ID) === Boolean(env.GOOGLE_CLIENT_SECRET), {
    message: "GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set together",
    path: ["GOOGLE_CLIENT_ID"],
  })
  .refine((env) => Boolean(env.STRIPE_SECRET_KEY) === Boolean(env.STRIPE_WEBHOOK_SECRET), {
    message: "STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together (credits are granted by the webhook)",
    path: ["STRIPE_SECRET_KEY"],
  });

export type ServerEnv = z.infer<typeof serverSchema>;

let cached: ServerEnv | undefined;

/** The validated environment. Parsed on first use, not at import, so `next build` needs no environment. */
export function env(): ServerEnv {
  if (cached) return cached;
  const parsed = serverSchema.safeParse({ ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}\nSee .env.example for every variable.`);
  }
  cached = parsed.data;
  return cached;
}
