import type { ReactNode } from "react";
import { listProviders } from "@/server/catalog";
import { C } from "./docs-ui";

// The configuration tables of /docs/self-hosting. They follow the README's "Configuration" section and
// .env.example; provider variables come from the catalog, which is what the server reads them from.

export const CONFIGURATION_ROWS: ReactNode[][] = [
  [<C key="v">PORT</C>, "3000", "Port to listen on (HOST, default 0.0.0.0, sets the address)."],
  [<C key="v">DATABASE_URL</C>, "embedded PostgreSQL", "Any PostgreSQL 13+ server; pending migrations are applied on start."],
  [<C key="v">SWITCHBOARD_DATA_DIR</C>, "./.data", "Embedded database and generated secrets."],
  [<C key="v">AUTH_SECRET</C>, "generated", "Signs session cookies (NEXTAUTH_SECRET is accepted too)."],
  [<C key="v">API_KEY_HASH_SECRET</C>, "generated", "HMAC key for stored API keys; changing it invalidates every key."],
  [<C key="v">ENCRYPTION_KEY</C>, "generated", "32 bytes, base64: encrypts provider credentials at rest (AES-256-GCM)."],
  [<C key="v">NEXTAUTH_URL</C>, "request host", "Public URL when served behind a proxy."],
  [<C key="v">TRUST_PROXY</C>, "false", "Trust X-Forwarded-For from a proxy in front (sign-in throttling is per IP)."],
  [
    <>
      <C>GITHUB_CLIENT_ID</C> / <C>_SECRET</C>, <C>GOOGLE_CLIENT_ID</C> / <C>_SECRET</C>
    </>,
    "unset",
    "Enable GitHub or Google sign-in.",
  ],
  [
    <>
      <C>STRIPE_SECRET_KEY</C>, <C>STRIPE_WEBHOOK_SECRET</C>
    </>,
    "unset (billing off)",
    "Connect Stripe for credit top-ups.",
  ],
  [
    <>
      <C>UPSTASH_REDIS_REST_URL</C>, <C>UPSTASH_REDIS_REST_TOKEN</C>
    </>,
    "in-process store",
    "Shared cache, rate-limit counters and routing metrics for several instances.",
  ],
  [<C key="v">KV_TIMEOUT_MS</C>, "150", "Longest wait on Redis before a request falls back to local state."],
  [<C key="v">GATEWAY_MAX_BODY_BYTES</C>, "20971520", "Largest request body (413 above it)."],
  [<C key="v">GATEWAY_UPSTREAM_TIMEOUT_MS</C>, "120000", "Time to response headers, and the longest pause between two streamed chunks."],
  [<C key="v">ROUTING_EXPLORATION_RATE</C>, "0.01", "Share of requests sent to a runner-up provider to keep its metrics fresh."],
];

export function providerVariableRows(): ReactNode[][] {
  return listProviders().map((provider) => [provider.name, <C key="k">{provider.apiKeyEnv}</C>, <C key="u">{provider.baseUrlEnv}</C>]);
}

export const STRIPE_EVENTS = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "payment_intent.succeeded",
  "payment_intent.payment_failed",
  "charge.succeeded",
  "charge.refunded",
];
