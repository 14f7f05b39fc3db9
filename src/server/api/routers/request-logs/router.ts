import { router } from "../../trpc";
import { getRequestLogProcedure } from "./get";
import { listRequestLogsProcedure } from "./list";

export const requestLogsRouter = router({ list: listRequestLogsProcedure, get: getRequestLogProcedure });
