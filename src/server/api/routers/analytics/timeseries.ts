import { projectProcedure } from "../../trpc";
import { timeseriesInputSchema } from "../../../services/analytics/analytics-input";
import { getAnalyticsTimeseries } from "../../../services/analytics/get-analytics-timeseries";

export const analyticsTimeseriesProcedure = projectProcedure.input(timeseriesInputSchema).query(({ ctx, input }) => getAnalyticsTimeseries(ctx.scope, input));
