import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { LedgerEntryKind } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";

export const listLedgerEntriesSchema = z
  .object({
    kind: z.enum(Object.values(LedgerEntryKind) as [LedgerEntryKind, ...LedgerEntryKind[]]).optional(),
    /** Rows at or after this instant. */
    from: z.coerce.date({ error: "from must be a date" }).optional(),
    /** Rows before this instant (exclusive: pass the day after the last day wanted). */
    to: z.coerce.date({ error: "to must be a date" }).optional(),
    cursor: z.string().regex(/^\d{1,19}$/, "Invalid cursor").optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .refine((input) => !input.from || !input.to || input.from < input.to, { message: "from must be before to", path: ["to"] });
export type ListLedgerEntriesInput = z.input<typeof listLedgerEntriesSchema>;

/** Newest first, paged by the ledger's insertion sequence (unique and strictly increasing: no ties to break). */
export async function listLedgerEntries(scope: OrganizationScope, input: z.output<typeof listLedgerEntriesSchema>) {
  requireRole(scope, "admin");
  const where: Prisma.LedgerEntryWhereInput = {
    organizationId: scope.organizationId,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.from || input.to ? { createdAt: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lt: input.to } : {}) } } : {}),
    ...(input.cursor ? { sequence: { lt: BigInt(input.cursor) } } : {}),
  };
  const rows = await db().ledgerEntry.findMany({
    where,
    orderBy: { sequence: "desc" },
    take: input.limit + 1,
    select: {
      id: true,
      sequence: true,
      kind: true,
      amountNano: true,
      balanceAfterNano: true,
      description: true,
      requestId: true,
      createdAt: true,
      payment: { select: { receiptUrl: true } },
    },
  });
  const hasMore = rows.length > input.limit;
  const items = (hasMore ? rows.slice(0, input.limit) : rows).map(({ sequence, payment, ...row }) => ({ ...row, receiptUrl: payment?.receiptUrl ?? null }));
  const last = hasMore ? rows[input.limit - 1] : undefined;
  return { items, nextCursor: last ? last.sequence.toString() : undefined };
}
