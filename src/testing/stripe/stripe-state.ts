import { randomBytes } from "node:crypto";

// The objects the Stripe imitation keeps, as the JSON Stripe would send (snake_case, ids with Stripe's prefixes).
export type StripeObject = { id: string; object: string; [field: string]: unknown };
export type StripeEventPayload = {
  id: string;
  object: "event";
  type: string;
  api_version: string;
  created: number;
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  data: { object: StripeObject };
};

const PREFIXES: Record<string, string> = {
  customer: "cus",
  "checkout.session": "cs_test",
  payment_intent: "pi",
  setup_intent: "seti",
  payment_method: "pm",
  charge: "ch",
  refund: "re",
  event: "evt",
};

export const now = () => Math.floor(Date.now() / 1000);

export function newId(object: string): string {
  return `${PREFIXES[object] ?? object}_${randomBytes(12).toString("hex")}`;
}

/** Every object by id, whatever its kind: ids carry their kind in the prefix, as in Stripe. */
export class StripeState {
  readonly objects = new Map<string, StripeObject>();

  create(object: string, fields: Record<string, unknown>): StripeObject {
    const created: StripeObject = { id: newId(object), object, created: now(), livemode: false, metadata: {}, ...fields };
    this.objects.set(created.id, created);
    return created;
  }

  get(id: string): StripeObject | undefined {
    return this.objects.get(id);
  }

  require(id: string, object: string): StripeObject {
    const found = this.objects.get(id);
    if (!found || found.object !== object) throw new Error(`fake Stripe has no ${object} ${id}`);
    return found;
  }

  list(object: string, filter: (item: StripeObject) => boolean = () => true): StripeObject[] {
    return [...this.objects.values()].filter((item) => item.object === object && filter(item));
  }

  /** A copy with the dotted `expand` paths replaced by the objects their ids name (Stripe's `expand[]`). */
  expand(object: StripeObject, paths: string[]): StripeObject {
    const copy = structuredClone(object);
    for (const path of paths) this.expandPath(copy, path.split("."));
    return copy;
  }

  private expandPath(node: Record<string, unknown>, path: string[]): void {
    const [field, ...rest] = path;
    if (!field) return;
    const value = node[field];
    const target = typeof value === "string" ? this.objects.get(value) : value;
    if (!target || typeof target !== "object") return;
    const expanded = typeof value === "string" ? structuredClone(target) : target;
    node[field] = expanded;
    this.expandPath(expanded as Record<string, unknown>, rest);
  }

  event(type: string, object: StripeObject): StripeEventPayload {
    return {
      id: newId("event"),
      object: "event",
      type,
      api_version: "2026-10-28.endive",
      created: now(),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object) },
    };
  }
}
