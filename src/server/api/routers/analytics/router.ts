import { router } from "../../trpc";
import { analyticsBreakdownProcedure } from "./breakdown";
import { analyticsSummaryProcedure } from "./summary";
import { analyticsTimeseriesProcedure } from "./timeseries";

export const analyticsRouter = router({
  summary: analyticsSummaryProcedure,
  timeseries: analyticsTimeseriesProcedure,
  breakdown: analyticsBreakdownProcedure,
});
