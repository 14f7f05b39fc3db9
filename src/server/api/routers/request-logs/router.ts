import { router } from "../../trpc";
import { listRequestLogsProcedure } from "./list";

export const requestLogsRouter = router({ list: listRequestLogsProcedure });
