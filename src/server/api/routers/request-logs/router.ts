import { router } from "../../trpc";
import { countRequestLogsProcedure } from "./count";
import { requestLogFilterOptionsProcedure } from "./filter-options";
import { getRequestLogProcedure } from "./get";
import { listRequestLogsProcedure } from "./list";

export const requestLogsRouter = router({
  list: listRequestLogsProcedure,
  count: countRequestLogsProcedure,
  filterOptions: requestLogFilterOptionsProcedure,
  get: getRequestLogProcedure,
});
