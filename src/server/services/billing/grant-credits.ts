import { z } from "zod";
import { formatUsd, nanoToUsd, usdToNano } from "@/lib/money/usd-nano";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { appendLedgerEntry } from "./append-ledger-entry";
import { lockCreditAccount } from "./lock-credit-account";
import { resolveOrganization } from "./resolve-organization";

const SIGNED_USD = /^-?\d{1,9}(\.\d{1,9})?$/;
// Object refinements run even when a field failed its own check, so they read the amount only when it is well formed.
const amountNano = (value: string) => (SIGNED_USD.test(value) ? usdToNano(value) : null);

export const grantCreditsSchema = z
  .object({
    kind: z.enum(["grant", "adjustment"]),
    organization: z.string().trim().min(1, "--org is required (an organization id or its owner's email)"),
    amountUsd: z.string().trim().regex(SIGNED_USD, "--amount must be USD with at most 9 decimals, e.g. 25.00 or -3.50"),
    reason: z.string().trim().min(3, "--reason is required (at least 3 characters)").max(500, "--reason is at most 500 characters"),
    /** Who ran the command (e.g. the operating-system user), kept in the audit row. */
    operator: z.string().trim().max(100).optional(),
  })
  .refine((input) => amountNano(input.amountUsd) !== 0n, { message: "--amount cannot be zero", path: ["amountUsd"] })
  .refine((input) => input.kind === "adjustment" || (amountNano(input.amountUsd) ?? 1n) > 0n, {
    message: "a grant must be positive; use `adjust` to take credits away",
    path: ["amountUsd"],
  });
export type GrantCreditsInput = z.input<typeof grantCreditsSchema>;

/**
 * Adds credits (grant) or corrects the balance either way (adjustment) from the server's command line: the only way
 * credits arrive when billing is off. The ledger row and the audit row commit together. An adjustment may not take the
 * balance below zero.
 */
export async function grantCredits(rawInput: GrantCreditsInput) {
  const parsed = grantCreditsSchema.safeParse(rawInput);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid input");
  const input = parsed.data;
  const organization = await resolveOrganization(input.organization);
  const amount = usdToNano(input.amountUsd);

  return db().$transaction(async (tx) => {
    const account = await lockCreditAccount(tx, organization.id);
    if (account.balanceNano + amount < 0n) {
      throw new AppError("BAD_REQUEST", `This adjustment would make the balance negative (it is ${formatUsd(account.balanceNano)}).`, "amountUsd");
    }
    const entry = await appendLedgerEntry(tx, account, {
      kind: input.kind,
      amountNano: amount,
      description: input.reason,
      metadata: { via: "admin-command", ...(input.operator ? { operator: input.operator } : {}) },
    });
    await recordAuditEvent(tx, { organizationId: organization.id, userId: null }, {
      action: input.kind === "grant" ? "billing.credits_granted" : "billing.credits_adjusted",
      targetType: "ledger_entry",
      targetId: entry.id,
      metadata: { amountUsd: nanoToUsd(amount), reason: input.reason, via: "admin-command", operator: input.operator ?? null },
    });
    return { organization, ledgerEntryId: entry.id, amountNano: amount, balanceNano: entry.balanceAfterNano };
  });
}
