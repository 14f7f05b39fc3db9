import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseFormBody, type FormObject } from "./form-body";
import { StripeState, type StripeEventPayload, type StripeObject } from "./stripe-state";

/** One API call the app made, as the imitation received it. */
export type RecordedStripeRequest = {
  method: string;
  path: string;
  params: FormObject;
  idempotencyKey: string | null;
  authorization: string | null;
  stripeVersion: string | null;
};

/** What an off-session PaymentIntent does when confirmed. */
export type PaymentIntentOutcome = "succeed" | "decline" | "processing";

type Reply = { status: number; body: unknown };
type Handler = (params: FormObject, match: RegExpMatchArray) => Reply;

const CARD = { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2030 };

/**
 * A local imitation of the Stripe API endpoints Switchboard calls, for the real `stripe` SDK pointed at it with
 * host/port/protocol. It records every request (parameters and Idempotency-Key), replays answers for a repeated
 * idempotency key like Stripe does, and offers scenario helpers that play the customer's side (pay, fail, refund,
 * save a card) and return the webhook events Stripe would send.
 */
export class FakeStripe {
  readonly requests: RecordedStripeRequest[] = [];
  readonly state = new StripeState();
  /** The next off-session PaymentIntents' outcomes, in order; "succeed" once the list is empty. */
  paymentIntentOutcomes: PaymentIntentOutcome[] = [];
  /** Delay before answering PaymentIntent creation, to widen race windows in concurrency tests. */
  paymentIntentDelayMs = 0;
  /** Events produced when a browser uses the imitation's hosted checkout page, for the test to deliver. */
  readonly hostedCheckoutEvents: StripeEventPayload[] = [];
  private readonly replays = new Map<string, Reply>();
  private readonly server = createServer((request, response) => void this.handle(request, response));
  port = 0;

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The environment that points the app's Stripe client here. */
  env(secrets: { secretKey: string; webhookSecret: string }): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: secrets.secretKey,
      STRIPE_WEBHOOK_SECRET: secrets.webhookSecret,
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(this.port),
      STRIPE_API_PROTOCOL: "http",
    };
  }

  requestsTo(method: string, path: string | RegExp): RecordedStripeRequest[] {
    return this.requests.filter((r) => r.method === method && (typeof path === "string" ? r.path === path : path.test(r.path)));
  }

  // ---- the customer's side -------------------------------------------------------------------------------------

  /** The customer pays a payment-mode Checkout Session: the events Stripe sends, in its usual order. */
  completeCheckout(sessionId: string) {
    const session = this.state.require(sessionId, "checkout.session");
    const intentData = (session.payment_intent_data ?? {}) as { metadata?: Record<string, string> };
    const paymentIntent = this.state.create("payment_intent", {
      amount: session.amount_total,
      currency: session.currency,
      customer: session.customer,
      metadata: intentData.metadata ?? {},
      status: "succeeded",
    });
    const charge = this.createCharge(paymentIntent);
    Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: paymentIntent.id });
    return {
      paymentIntentSucceeded: this.state.event("payment_intent.succeeded", paymentIntent),
      chargeSucceeded: this.state.event("charge.succeeded", charge),
      sessionCompleted: this.state.event("checkout.session.completed", session),
      paymentIntent,
      charge,
    };
  }

  /** A card is declined inside Checkout (the customer may still try another). */
  failCheckoutAttempt(sessionId: string, message = "Your card was declined."): StripeEventPayload {
    const session = this.state.require(sessionId, "checkout.session");
    const intentData = (session.payment_intent_data ?? {}) as { metadata?: Record<string, string> };
    const paymentIntent = this.state.create("payment_intent", {
      amount: session.amount_total,
      currency: session.currency,
      metadata: intentData.metadata ?? {},
      status: "requires_payment_method",
      last_payment_error: { type: "card_error", code: "card_declined", message },
    });
    return this.state.event("payment_intent.payment_failed", paymentIntent);
  }

  expireCheckout(sessionId: string): StripeEventPayload {
    const session = this.state.require(sessionId, "checkout.session");
    Object.assign(session, { status: "expired" });
    return this.state.event("checkout.session.expired", session);
  }

  /** The customer saves a card in a setup-mode Checkout Session. */
  completeSetup(sessionId: string, card = CARD): StripeEventPayload {
    const session = this.state.require(sessionId, "checkout.session");
    const paymentMethod = this.state.create("payment_method", { type: "card", customer: session.customer, card });
    const setupIntent = this.state.create("setup_intent", {
      status: "succeeded",
      customer: session.customer,
      payment_method: paymentMethod.id,
      metadata: (session.setup_intent_data as { metadata?: unknown } | undefined)?.metadata ?? {},
    });
    Object.assign(session, { status: "complete", setup_intent: setupIntent.id });
    return this.state.event("checkout.session.completed", session);
  }

  /** Refunds `cents` more of a charge (refunds accumulate, as in Stripe). */
  refund(chargeId: string, cents: number): StripeEventPayload {
    const charge = this.state.require(chargeId, "charge");
    const refunded = (charge.amount_refunded as number) + cents;
    Object.assign(charge, { amount_refunded: refunded, refunded: refunded === charge.amount });
    return this.state.event("charge.refunded", charge);
  }

  /** A PaymentIntent left "processing" finishes: its final event. */
  finishPaymentIntent(paymentIntentId: string, outcome: "succeed" | "decline"): StripeEventPayload {
    const paymentIntent = this.state.require(paymentIntentId, "payment_intent");
    if (outcome === "decline") {
      Object.assign(paymentIntent, { status: "requires_payment_method", last_payment_error: { code: "card_declined", message: "Your card was declined." } });
      return this.state.event("payment_intent.payment_failed", paymentIntent);
    }
    Object.assign(paymentIntent, { status: "succeeded" });
    this.createCharge(paymentIntent);
    return this.state.event("payment_intent.succeeded", paymentIntent);
  }

  private createCharge(paymentIntent: StripeObject): StripeObject {
    const charge = this.state.create("charge", {
      amount: paymentIntent.amount,
      amount_refunded: 0,
      refunded: false,
      currency: paymentIntent.currency,
      paid: true,
      status: "succeeded",
      payment_intent: paymentIntent.id,
    });
    charge.receipt_url = `https://pay.stripe.test/receipts/${charge.id}`;
    paymentIntent.latest_charge = charge.id;
    return charge;
  }

  // ---- the API ---------------------------------------------------------------------------------------------------

  private readonly routes: Array<[string, RegExp, Handler]> = [
    ["POST", /^\/v1\/customers$/, (params) => ok(this.state.create("customer", params))],
    ["POST", /^\/v1\/checkout\/sessions$/, (params) => ok(this.createSession(params))],
    ["GET", /^\/v1\/checkout\/sessions\/([^/]+)$/, (params, [, id]) => this.retrieve(id!, "checkout.session", params)],
    ["POST", /^\/v1\/payment_intents$/, (params) => this.createPaymentIntent(params)],
    ["GET", /^\/v1\/payment_intents\/([^/]+)$/, (params, [, id]) => this.retrieve(id!, "payment_intent", params)],
    ["GET", /^\/v1\/setup_intents\/([^/]+)$/, (params, [, id]) => this.retrieve(id!, "setup_intent", params)],
    ["GET", /^\/v1\/payment_methods$/, (params) => ok(list(this.state.list("payment_method", (pm) => pm.customer === params.customer)))],
    ["GET", /^\/v1\/payment_methods\/([^/]+)$/, (params, [, id]) => this.retrieve(id!, "payment_method", params)],
    ["POST", /^\/v1\/payment_methods\/([^/]+)\/detach$/, (_, [, id]) => this.detach(id!)],
  ];

  private createSession(params: FormObject): StripeObject {
    const items = (params.line_items ?? []) as Array<{ quantity?: string; price_data?: { unit_amount?: string; currency?: string } }>;
    const amount = items.reduce((sum, item) => sum + Number(item.price_data?.unit_amount ?? 0) * Number(item.quantity ?? 1), 0);
    const session = this.state.create("checkout.session", {
      ...params,
      status: "open",
      payment_status: params.mode === "setup" ? "no_payment_required" : "unpaid",
      amount_total: params.mode === "setup" ? null : amount,
      currency: items[0]?.price_data?.currency ?? params.currency ?? null,
      payment_intent: null,
      setup_intent: null,
    });
    session.url = `http://127.0.0.1:${this.port}/checkout/${session.id}`;
    return session;
  }

  private createPaymentIntent(params: FormObject): Reply {
    const outcome = this.paymentIntentOutcomes.shift() ?? "succeed";
    const paymentIntent = this.state.create("payment_intent", {
      ...params,
      amount: Number(params.amount),
      status: outcome === "succeed" ? "succeeded" : outcome === "processing" ? "processing" : "requires_payment_method",
    });
    if (outcome === "succeed") this.createCharge(paymentIntent);
    if (outcome !== "decline") return ok(paymentIntent);
    const message = "Your card has insufficient funds.";
    paymentIntent.last_payment_error = { type: "card_error", code: "card_declined", decline_code: "insufficient_funds", message };
    return { status: 402, body: { error: { type: "card_error", code: "card_declined", decline_code: "insufficient_funds", message, payment_intent: paymentIntent } } };
  }

  private hostedCheckout(request: IncomingMessage, url: URL, response: ServerResponse): void {
    const session = this.state.get(url.pathname.split("/")[2] ?? "");
    if (!session || session.object !== "checkout.session") {
      response.writeHead(404).end("no such session");
      return;
    }
    if (request.method !== "POST") {
      response.writeHead(200, { "content-type": "text/html" }).end(hostedCheckoutPage(session));
      return;
    }
    if (session.mode === "setup") this.hostedCheckoutEvents.push(this.completeSetup(session.id));
    else {
      const paid = this.completeCheckout(session.id);
      this.hostedCheckoutEvents.push(paid.paymentIntentSucceeded, paid.chargeSucceeded, paid.sessionCompleted);
    }
    response.writeHead(303, { location: String(session.success_url).replace("{CHECKOUT_SESSION_ID}", session.id) }).end();
  }

  private retrieve(id: string, object: string, params: FormObject): Reply {
    const found = this.state.get(id);
    if (!found || found.object !== object) return { status: 404, body: { error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${object}: '${id}'` } } };
    return ok(found);
  }

  private detach(id: string): Reply {
    const found = this.state.get(id);
    if (!found) return this.retrieve(id, "payment_method", {});
    found.customer = null;
    return ok(found);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake-stripe");
    if (url.pathname.startsWith("/checkout/")) return this.hostedCheckout(request, url, response);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const method = request.method ?? "GET";
    const params = parseFormBody(method === "GET" ? url.search.slice(1) : Buffer.concat(chunks).toString("utf8"));
    const idempotencyKey = header(request, "idempotency-key");
    this.requests.push({ method, path: url.pathname, params, idempotencyKey, authorization: header(request, "authorization"), stripeVersion: header(request, "stripe-version") });

    const replayKey = idempotencyKey && method === "POST" ? `${url.pathname} ${idempotencyKey}` : null;
    let reply = replayKey ? this.replays.get(replayKey) : undefined;
    if (!reply) {
      if (url.pathname === "/v1/payment_intents" && this.paymentIntentDelayMs) await new Promise((r) => setTimeout(r, this.paymentIntentDelayMs));
      const route = this.routes.find(([routeMethod, pattern]) => routeMethod === method && pattern.test(url.pathname));
      const match = route ? url.pathname.match(route[1]) : null;
      reply = route && match ? route[2](params, match) : { status: 404, body: { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${url.pathname})` } } };
      // `expand[]` works on every call, creations included, as in Stripe.
      if (reply.status === 200 && Array.isArray(params.expand)) reply = ok(this.state.expand(reply.body as StripeObject, params.expand as string[]));
      if (replayKey) this.replays.set(replayKey, reply);
    }
    response.writeHead(reply.status, { "content-type": "application/json", "request-id": `req_${this.requests.length}`, "stripe-should-retry": "false" });
    response.end(JSON.stringify(reply.body));
  }
}

/**
 * Stands in for checkout.stripe.com in browser tests: GET shows the session with a button; POST pays it (or saves
 * the card) and redirects to its success URL, as Stripe does, keeping the events Stripe would send.
 */
function hostedCheckoutPage(session: StripeObject): string {
  const what = session.mode === "setup" ? "Save card" : `Pay ${((session.amount_total as number) / 100).toFixed(2)} USD`;
  return `<!doctype html><title>Fake Stripe Checkout</title><h1>Fake Stripe Checkout</h1>
    <form method="post" action="/checkout/${session.id}"><button type="submit">${what}</button></form>`;
}

function ok(body: unknown): Reply {
  return { status: 200, body };
}

function list(data: StripeObject[]) {
  return { object: "list", data, has_more: false, url: "/v1/payment_methods" };
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export async function startFakeStripe(port = 0): Promise<FakeStripe> {
  return new FakeStripe().listen(port);
}
