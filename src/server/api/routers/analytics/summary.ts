import { projectProcedure } from "../../trpc";
import { analyticsRangeSchema } from "../../../services/analytics/analytics-input";
import { getAnalyticsSummary } from "../../../services/analytics/get-analytics-summary";

export const analyticsSummaryProcedure = projectProcedure.input(analyticsRangeSchema).query(({ ctx, input }) => getAnalyticsSummary(ctx.scope, input));
