import { z } from "zod";
import { topUpAmountProblem } from "@/lib/money/top-up-pricing";
import { nanoToUsd, usdToNano } from "@/lib/money/usd-nano";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { stripe } from "../../stripe/client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { lockCreditAccount } from "./lock-credit-account";
import { maybeTriggerAutoTopUp } from "./maybe-trigger-auto-top-up";

const DOLLARS = /^\d{1,5}(\.\d{1,2})?$/;
const dollars = (label: string) => z.string().trim().regex(DOLLARS, `${label} must be an amount in USD with at most two decimals, e.g. 10 or 12.50`);
// Later checks run even when the pattern failed: read the amount only when it is well formed.
const thresholdInRange = (value: string) => !DOLLARS.test(value) || (usdToNano(value) > 0n && usdToNano(value) <= usdToNano("10000"));

export const updateAutoTopUpSchema = z.object({
  enabled: z.boolean(),
  thresholdUsd: dollars("The threshold").refine(thresholdInRange, "The threshold must be more than $0 and at most $10,000"),
  amountUsd: dollars("The amount").superRefine((value, context) => {
    const problem = topUpAmountProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }),
});

/**
 * Turns auto top-up on or off and sets when (balance below the threshold) and how much to buy. Turning it on needs a
 * saved card, clears a pause after failures, and tops up at once if the balance is already below the threshold.
 */
export async function updateAutoTopUp(scope: OrganizationScope, input: z.infer<typeof updateAutoTopUpSchema>) {
  requireRole(scope, "admin");
  stripe();
  const thresholdNano = usdToNano(input.thresholdUsd);
  const amountNano = usdToNano(input.amountUsd);
  await db().$transaction(async (tx) => {
    const account = await lockCreditAccount(tx, scope.organizationId);
    if (input.enabled && !account.paymentMethodId) throw new AppError("BAD_REQUEST", "Save a card first: auto top-up charges it.", "enabled");
    await tx.creditAccount.update({
      where: { organizationId: scope.organizationId },
      data: {
        autoTopUpEnabled: input.enabled,
        autoTopUpThresholdNano: thresholdNano,
        autoTopUpAmountNano: amountNano,
        ...(input.enabled ? { autoTopUpPausedAt: null, autoTopUpFailures: 0, autoTopUpLastError: null } : {}),
      },
    });
    await recordAuditEvent(tx, scope, {
      action: "billing.auto_top_up_changed",
      targetType: "organization",
      targetId: scope.organizationId,
      metadata: { enabled: input.enabled, thresholdUsd: nanoToUsd(thresholdNano), amountUsd: nanoToUsd(amountNano) },
    });
  });
  const trigger = input.enabled ? await maybeTriggerAutoTopUp(scope.organizationId) : null;
  return { trigger };
}
