import { z } from "zod";
import { idSchema, projectProcedure } from "../../trpc";
import { getRequestLog } from "../../../services/request-logs/get-request-log";

export const getRequestLogProcedure = projectProcedure
  .input(z.object({ requestLogId: idSchema("requestLogId") }))
  .query(({ ctx, input }) => getRequestLog(ctx.scope, input.requestLogId));
