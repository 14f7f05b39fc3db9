import { projectProcedure } from "../../trpc";
import { countRequestLogs } from "../../../services/request-logs/count-request-logs";
import { requestLogFiltersSchema } from "../../../services/request-logs/request-log-filters";

export const countRequestLogsProcedure = projectProcedure.input(requestLogFiltersSchema).query(({ ctx, input }) => countRequestLogs(ctx.scope, input));
