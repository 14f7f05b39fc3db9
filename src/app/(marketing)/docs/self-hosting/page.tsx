import type { Metadata } from "next";
import Link from "next/link";
import { CodeBlock } from "@/components/marketing/code-block";
import { C, DocSection, DocTable, DocsArticle, Note } from "@/components/marketing/docs/docs-ui";
import { CONFIGURATION_ROWS, STRIPE_EVENTS, providerVariableRows } from "@/components/marketing/docs/self-hosting-tables";
import { PLATFORM_FEE_PERCENT } from "@/lib/money/top-up-pricing";

export const metadata: Metadata = {
  title: "Self-hosting",
  description: "Run Switchboard on your own machines: two commands on one machine, your own PostgreSQL, Redis for several instances, Stripe for billing.",
};

const TWO_COMMANDS = `npm install
npm start`;

const OWN_POSTGRES = `DATABASE_URL=postgresql://user:password@db-host:5432/switchboard npm start`;

const SEVERAL_INSTANCES = `DATABASE_URL=postgresql://switchboard:…@db-host:5432/switchboard
UPSTASH_REDIS_REST_URL=https://redis-proxy.internal
UPSTASH_REDIS_REST_TOKEN=…
# the same three secrets on every instance
AUTH_SECRET=…
API_KEY_HASH_SECRET=…
ENCRYPTION_KEY=…`;

const ADMIN_COMMANDS = `npm run admin -- grant --org <org id or owner email> --amount 25.00 --reason "pilot credits"
npm run admin -- adjust --org <org id or owner email> --amount -3.50 --reason "correction"
npm run admin -- balance --org <org id or owner email>`;

export default function SelfHostingPage() {
  return (
    <DocsArticle
      title="Self-hosting"
      lead="The gateway, dashboard and billing are one Next.js app under AGPL-3.0. One machine needs nothing but Node; several need PostgreSQL and Redis."
    >
      <DocSection id="one-machine" title="One machine, two commands">
        <p>
          On a Debian machine with Node 20 — no Docker, no accounts, no environment variables — in a checkout of the repository:
        </p>
        <CodeBlock title="shell" code={TWO_COMMANDS} />
        <p>
          Open <C>http://localhost:3000</C>, create an account and an API key. The first start builds the app (about a minute), starts an embedded
          PostgreSQL in <C>./.data/postgres</C>, applies the migrations and generates the secrets it needs into <C>./.data/secrets.json</C>.
          Stopping and starting again keeps all data; <C>PORT</C> changes the port. <C>GET /api/health</C> answers 200 while the database does.
        </p>
      </DocSection>

      <DocSection id="postgres" title="Your own PostgreSQL">
        <p>
          Set <C>DATABASE_URL</C> to any PostgreSQL 13+ server. The same start command applies every pending migration to it and serves from it.
        </p>
        <CodeBlock title="shell" code={OWN_POSTGRES} />
      </DocSection>

      <DocSection id="several-instances" title="Several instances">
        <p>
          Run as many instances as you like behind a load balancer, all on the same <C>DATABASE_URL</C>. Routing metrics, the response cache and
          rate-limit counters live in memory by default; set <C>UPSTASH_REDIS_REST_URL</C> and <C>UPSTASH_REDIS_REST_TOKEN</C> so every instance
          shares them. Any Redis works behind Upstash&apos;s open-source REST proxy (serverless-redis-http). Give every instance the same{" "}
          <C>AUTH_SECRET</C>, <C>API_KEY_HASH_SECRET</C> and <C>ENCRYPTION_KEY</C>, or each generates its own and keys stop working across them.
        </p>
        <CodeBlock title=".env on every instance" code={SEVERAL_INSTANCES} />
        <ul>
          <li>
            A request never waits on Redis longer than <C>KV_TIMEOUT_MS</C> (150 ms). If Redis is down the gateway keeps serving, counting
            locally, and <C>/api/health</C> reports <C>keyValueStore.status: &quot;degraded&quot;</C>.
          </li>
          <li>A revoked API key stops working on every instance within 5 seconds.</li>
          <li>
            Behind a proxy, set <C>NEXTAUTH_URL</C> to the public URL and <C>TRUST_PROXY=true</C>.
          </li>
        </ul>
      </DocSection>

      <DocSection id="providers" title="Platform provider keys">
        <p>
          Keys in <C>&lt;PROVIDER&gt;_API_KEY</C> serve projects in credits and hybrid mode; <C>&lt;PROVIDER&gt;_BASE_URL</C> points a provider
          elsewhere (a proxy, a regional endpoint). Projects can always add their own keys in the dashboard instead.
        </p>
        <DocTable columns={["Provider", "Platform key", "Base URL override"]} rows={providerVariableRows()} caption="Provider environment variables" />
      </DocSection>

      <DocSection id="billing" title="Billing with Stripe">
        <p>
          Without Stripe, billing is off and credits come only from the operator, recorded in the ledger and the audit log:
        </p>
        <CodeBlock title="shell" code={ADMIN_COMMANDS} />
        <p>
          To sell credits ({PLATFORM_FEE_PERCENT}% fee on top-ups, through Stripe Checkout), set <C>STRIPE_SECRET_KEY</C> (Stripe Dashboard →
          Developers → API keys) and <C>STRIPE_WEBHOOK_SECRET</C>, the signing secret of a webhook endpoint{" "}
          <C>https://&lt;host&gt;/api/stripe/webhook</C> subscribed to:
        </p>
        <ul>
          {STRIPE_EVENTS.map((event) => (
            <li key={event}>
              <C>{event}</C>
            </li>
          ))}
        </ul>
        <p>
          To try it locally: <C>stripe listen --forward-to localhost:3000/api/stripe/webhook</C>.
        </p>
      </DocSection>

      <DocSection id="configuration" title="Configuration">
        <p>
          Every variable is optional and checked at start. <C>.env</C> and <C>.env.local</C> are read by <C>npm start</C>; <C>.env.example</C>{" "}
          documents each one.
        </p>
        <DocTable columns={["Variable", "Default", "Meaning"]} rows={CONFIGURATION_ROWS} caption="Environment variables" />
        <Note>
          <p>
            Ready? Create the first account, then follow the <Link href="/docs/quick-start">quick start</Link> with{" "}
            <C>http://localhost:3000/v1</C> as the base URL.
          </p>
        </Note>
      </DocSection>
    </DocsArticle>
  );
}
