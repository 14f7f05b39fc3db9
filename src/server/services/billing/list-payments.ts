import { z } from "zod";
import { db } from "../../db/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { paymentViewSelect } from "./payment-view";

export const listPaymentsSchema = z.object({
  cursor: z.string().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

/** Card payments for credits, newest first, with Stripe's receipt links and why a payment failed. */
export async function listPayments(scope: OrganizationScope, input: z.output<typeof listPaymentsSchema>) {
  requireRole(scope, "admin");
  const rows = await db().payment.findMany({
    // Sessions that were opened and abandoned say nothing useful; failed and refunded payments stay visible.
    where: { organizationId: scope.organizationId, status: { not: "canceled" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: paymentViewSelect,
  });
  const hasMore = rows.length > input.limit;
  const items = hasMore ? rows.slice(0, input.limit) : rows;
  return { items, nextCursor: hasMore ? items.at(-1)?.id : undefined };
}
