import type { Prisma } from "@/generated/prisma/client";
import { nanoToUsd } from "@/lib/money/usd-nano";

/** Stripe metadata on every session and PaymentIntent we create: how a webhook finds its way back to the payment. */
export function paymentMetadata(payment: { id: string; organizationId: string; kind: string; amountNano: bigint; feeNano: bigint; totalCents: number }) {
  return {
    organizationId: payment.organizationId,
    paymentId: payment.id,
    kind: payment.kind,
    creditUsd: nanoToUsd(payment.amountNano),
    feeUsd: nanoToUsd(payment.feeNano),
    totalCents: String(payment.totalCents),
  };
}

export const paymentViewSelect = {
  id: true,
  kind: true,
  status: true,
  amountNano: true,
  feeNano: true,
  totalCents: true,
  currency: true,
  refundedCents: true,
  receiptUrl: true,
  failureMessage: true,
  creditedAt: true,
  createdAt: true,
} satisfies Prisma.PaymentSelect;

export type PaymentView = Prisma.PaymentGetPayload<{ select: typeof paymentViewSelect }>;
