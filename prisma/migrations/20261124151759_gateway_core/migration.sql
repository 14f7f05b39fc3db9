-- CreateEnum
CREATE TYPE "BillingMode" AS ENUM ('byok', 'credits', 'hybrid');

-- CreateEnum
CREATE TYPE "CredentialSource" AS ENUM ('byok', 'platform');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "mode" "BillingMode" NOT NULL DEFAULT 'hybrid';

-- CreateTable
CREATE TABLE "ProviderCredential" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "customSlug" TEXT,
    "baseUrl" TEXT,
    "encryptedKey" TEXT NOT NULL,
    "keyLast4" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "lastTestedAt" TIMESTAMP(3),
    "lastTestOk" BOOLEAN,
    "lastTestMessage" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProviderCredential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestLog" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "endpoint" TEXT NOT NULL,
    "requestedModel" TEXT NOT NULL,
    "modelId" TEXT,
    "providerId" TEXT,
    "providerModel" TEXT,
    "credentialSource" "CredentialSource",
    "credentialId" TEXT,
    "streamed" BOOLEAN NOT NULL DEFAULT false,
    "status" INTEGER NOT NULL,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "finishReason" TEXT,
    "promptTokens" INTEGER NOT NULL DEFAULT 0,
    "completionTokens" INTEGER NOT NULL DEFAULT 0,
    "cachedTokens" INTEGER NOT NULL DEFAULT 0,
    "cacheWriteTokens" INTEGER NOT NULL DEFAULT 0,
    "reasoningTokens" INTEGER NOT NULL DEFAULT 0,
    "tokensEstimated" BOOLEAN NOT NULL DEFAULT false,
    "inputCost" DECIMAL(20,12) NOT NULL DEFAULT 0,
    "cachedInputCost" DECIMAL(20,12) NOT NULL DEFAULT 0,
    "cacheWriteCost" DECIMAL(20,12) NOT NULL DEFAULT 0,
    "outputCost" DECIMAL(20,12) NOT NULL DEFAULT 0,
    "totalCost" DECIMAL(20,12) NOT NULL DEFAULT 0,
    "latencyMs" INTEGER NOT NULL,
    "ttftMs" INTEGER,
    "metadata" JSONB,

    CONSTRAINT "RequestLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProviderCredential_projectId_providerId_idx" ON "ProviderCredential"("projectId", "providerId");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderCredential_projectId_customSlug_key" ON "ProviderCredential"("projectId", "customSlug");

-- CreateIndex
CREATE INDEX "RequestLog_projectId_createdAt_idx" ON "RequestLog"("projectId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "RequestLog_organizationId_createdAt_idx" ON "RequestLog"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestLog_requestId_idx" ON "RequestLog"("requestId");

-- AddForeignKey
ALTER TABLE "ProviderCredential" ADD CONSTRAINT "ProviderCredential_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestLog" ADD CONSTRAINT "RequestLog_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
