import { MAX_TOP_UP_USD, MIN_TOP_UP_USD, PLATFORM_FEE_PERCENT } from "@/lib/money/top-up-pricing";
import { db } from "../../db/client";
import { billingEnabled } from "../../stripe/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { AUTO_TOP_UP_MAX_FAILURES } from "./record-payment-outcome";

/** Everything the billing page shows at the top: balance, saved card, auto top-up state, and whether billing is on. */
export async function getBillingOverview(scope: OrganizationScope) {
  requireRole(scope, "admin");
  const account = await db().creditAccount.findUnique({ where: { organizationId: scope.organizationId } });
  const balanceNano = account?.balanceNano ?? 0n;
  const reservedNano = account?.reservedNano ?? 0n;
  return {
    billingEnabled: billingEnabled(),
    balanceNano,
    reservedNano,
    availableNano: balanceNano - reservedNano,
    pricing: { feePercent: PLATFORM_FEE_PERCENT, minTopUpUsd: MIN_TOP_UP_USD, maxTopUpUsd: MAX_TOP_UP_USD },
    card: account?.paymentMethodId
      ? { brand: account.cardBrand, last4: account.cardLast4, expMonth: account.cardExpMonth, expYear: account.cardExpYear }
      : null,
    autoTopUp: {
      enabled: account?.autoTopUpEnabled ?? false,
      thresholdNano: account?.autoTopUpThresholdNano ?? 0n,
      amountNano: account?.autoTopUpAmountNano ?? 0n,
      inProgress: Boolean(account?.autoTopUpPaymentId),
      failures: account?.autoTopUpFailures ?? 0,
      maxFailures: AUTO_TOP_UP_MAX_FAILURES,
      pausedAt: account?.autoTopUpPausedAt ?? null,
      lastError: account?.autoTopUpLastError ?? null,
    },
  };
}
