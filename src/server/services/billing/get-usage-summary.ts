import { usdToNano } from "@/lib/money/usd-nano";
import { db } from "../../db/client";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";

type CostRow = { key: string; requests: bigint; cost: { toFixed(): string } | null };

// Per-request costs are exact decimals in USD; their sums become nano-dollars rounded up, as usage is charged.
const toView = (row: CostRow) => ({ requests: Number(row.requests), costNano: row.cost ? usdToNano(row.cost.toFixed(), "up") : 0n });

/**
 * This calendar month's (UTC) spend on platform credentials (requests paid with credits), by day and by model,
 * from the request log.
 */
export async function getUsageSummary(scope: OrganizationScope, now = new Date()) {
  requireRole(scope, "admin");
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [byDay, byModel] = await Promise.all([
    db().$queryRaw<CostRow[]>`
      SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS key, COUNT(*) AS requests, SUM("totalCost") AS cost
      FROM "RequestLog"
      WHERE "organizationId" = ${scope.organizationId} AND "credentialSource" = 'platform' AND "createdAt" >= ${monthStart}
      GROUP BY 1 ORDER BY 1`,
    db().$queryRaw<CostRow[]>`
      SELECT COALESCE("modelId", "requestedModel") AS key, COUNT(*) AS requests, SUM("totalCost") AS cost
      FROM "RequestLog"
      WHERE "organizationId" = ${scope.organizationId} AND "credentialSource" = 'platform' AND "createdAt" >= ${monthStart}
      GROUP BY 1 ORDER BY SUM("totalCost") DESC, 1 LIMIT 50`,
  ]);
  const days = byDay.map((row) => ({ day: row.key, ...toView(row) }));
  return {
    monthStart,
    days,
    models: byModel.map((row) => ({ model: row.key, ...toView(row) })),
    totalNano: days.reduce((sum, day) => sum + day.costNano, 0n),
    totalRequests: days.reduce((sum, day) => sum + day.requests, 0),
  };
}
