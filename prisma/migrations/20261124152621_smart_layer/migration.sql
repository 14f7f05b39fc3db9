-- CreateEnum
CREATE TYPE "SpendPeriod" AS ENUM ('lifetime', 'day', 'week', 'month');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "cacheEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "cacheTtlSeconds" INTEGER NOT NULL DEFAULT 3600,
ADD COLUMN     "retainBodies" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "routingConfig" JSONB;

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "allowedModels" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "rateLimitRpm" INTEGER,
ADD COLUMN     "rateLimitTpm" INTEGER,
ADD COLUMN     "spendPeriod" "SpendPeriod" NOT NULL DEFAULT 'lifetime';

-- AlterTable
ALTER TABLE "RequestLog" ADD COLUMN     "cacheStatus" TEXT,
ADD COLUMN     "retries" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "routing" JSONB;
