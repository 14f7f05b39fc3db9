-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('top_up', 'platform_fee', 'usage', 'refund', 'adjustment', 'grant');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('checkout', 'auto_top_up');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('pending', 'succeeded', 'failed', 'canceled');

-- CreateEnum
CREATE TYPE "ReservationStatus" AS ENUM ('open', 'settled', 'released');

-- CreateTable
CREATE TABLE "CreditAccount" (
    "organizationId" TEXT NOT NULL,
    "balanceNano" BIGINT NOT NULL DEFAULT 0,
    "reservedNano" BIGINT NOT NULL DEFAULT 0,
    "stripeCustomerId" TEXT,
    "paymentMethodId" TEXT,
    "cardBrand" TEXT,
    "cardLast4" TEXT,
    "cardExpMonth" INTEGER,
    "cardExpYear" INTEGER,
    "autoTopUpEnabled" BOOLEAN NOT NULL DEFAULT false,
    "autoTopUpThresholdNano" BIGINT NOT NULL DEFAULT 0,
    "autoTopUpAmountNano" BIGINT NOT NULL DEFAULT 0,
    "autoTopUpPaymentId" TEXT,
    "autoTopUpFailures" INTEGER NOT NULL DEFAULT 0,
    "autoTopUpPausedAt" TIMESTAMP(3),
    "autoTopUpLastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CreditAccount_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "amountNano" BIGINT NOT NULL,
    "balanceAfterNano" BIGINT NOT NULL,
    "description" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "paymentId" TEXT,
    "reservationId" TEXT,
    "requestId" TEXT,
    "requestLogId" TEXT,
    "apiKeyId" TEXT,
    "actorId" TEXT,
    "metadata" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'pending',
    "amountNano" BIGINT NOT NULL,
    "feeNano" BIGINT NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "stripeCheckoutSessionId" TEXT,
    "stripePaymentIntentId" TEXT,
    "stripeChargeId" TEXT,
    "receiptUrl" TEXT,
    "refundedCents" INTEGER NOT NULL DEFAULT 0,
    "failureMessage" TEXT,
    "createdById" TEXT,
    "creditedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "objectId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditReservation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "requestId" TEXT NOT NULL,
    "amountNano" BIGINT NOT NULL,
    "chargesCredits" BOOLEAN NOT NULL DEFAULT true,
    "status" "ReservationStatus" NOT NULL DEFAULT 'open',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "actualCostNano" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "CreditReservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKeySpend" (
    "apiKeyId" TEXT NOT NULL,
    "spentNano" BIGINT NOT NULL DEFAULT 0,
    "reservedNano" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiKeySpend_pkey" PRIMARY KEY ("apiKeyId")
);

-- CreateTable
CREATE TABLE "ApiKeySpendDay" (
    "apiKeyId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "spentNano" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ApiKeySpendDay_pkey" PRIMARY KEY ("apiKeyId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "CreditAccount_stripeCustomerId_key" ON "CreditAccount"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "CreditAccount_autoTopUpPaymentId_key" ON "CreditAccount"("autoTopUpPaymentId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_sequence_key" ON "LedgerEntry"("sequence");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_idempotencyKey_key" ON "LedgerEntry"("idempotencyKey");

-- CreateIndex
CREATE INDEX "LedgerEntry_organizationId_sequence_idx" ON "LedgerEntry"("organizationId", "sequence" DESC);

-- CreateIndex
CREATE INDEX "LedgerEntry_organizationId_kind_sequence_idx" ON "LedgerEntry"("organizationId", "kind", "sequence" DESC);

-- CreateIndex
CREATE INDEX "LedgerEntry_paymentId_idx" ON "LedgerEntry"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripeCheckoutSessionId_key" ON "Payment"("stripeCheckoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripePaymentIntentId_key" ON "Payment"("stripePaymentIntentId");

-- CreateIndex
CREATE INDEX "Payment_organizationId_createdAt_idx" ON "Payment"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CreditReservation_status_expiresAt_idx" ON "CreditReservation"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "CreditReservation_organizationId_status_idx" ON "CreditReservation"("organizationId", "status");

-- AddForeignKey
ALTER TABLE "CreditAccount" ADD CONSTRAINT "CreditAccount_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditReservation" ADD CONSTRAINT "CreditReservation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKeySpend" ADD CONSTRAINT "ApiKeySpend_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKeySpendDay" ADD CONSTRAINT "ApiKeySpendDay_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand (Prisma does not model CHECK constraints and leaves them alone in later diffs): amounts held can
-- never go below zero, whatever a bug in the code might try.
ALTER TABLE "CreditAccount" ADD CONSTRAINT "CreditAccount_reservedNano_check" CHECK ("reservedNano" >= 0);
ALTER TABLE "ApiKeySpend" ADD CONSTRAINT "ApiKeySpend_reservedNano_check" CHECK ("reservedNano" >= 0);
ALTER TABLE "CreditReservation" ADD CONSTRAINT "CreditReservation_amountNano_check" CHECK ("amountNano" >= 0);
