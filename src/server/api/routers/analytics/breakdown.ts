import { projectProcedure } from "../../trpc";
import { breakdownInputSchema } from "../../../services/analytics/analytics-input";
import { getAnalyticsBreakdown } from "../../../services/analytics/get-analytics-breakdown";

export const analyticsBreakdownProcedure = projectProcedure.input(breakdownInputSchema).query(({ ctx, input }) => getAnalyticsBreakdown(ctx.scope, input));
