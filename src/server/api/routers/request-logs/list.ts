import { projectProcedure } from "../../trpc";
import { listRequestLogs, listRequestLogsSchema } from "../../../services/request-logs/list-request-logs";

export const listRequestLogsProcedure = projectProcedure.input(listRequestLogsSchema).query(({ ctx, input }) => listRequestLogs(ctx.scope, input));
