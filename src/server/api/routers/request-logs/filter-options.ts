import { projectProcedure } from "../../trpc";
import { listRequestLogFilterOptions } from "../../../services/request-logs/list-request-log-filter-options";

export const requestLogFilterOptionsProcedure = projectProcedure.query(({ ctx }) => listRequestLogFilterOptions(ctx.scope));
