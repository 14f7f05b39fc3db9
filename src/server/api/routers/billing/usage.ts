import { organizationProcedure } from "../../trpc";
import { getUsageSummary } from "../../../services/billing/get-usage-summary";

export const usageProcedure = organizationProcedure.query(({ ctx }) => getUsageSummary(ctx.scope));
