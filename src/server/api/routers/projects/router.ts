import { router } from "../../trpc";
import { createProjectProcedure } from "./create";
import { getProjectProcedure } from "./get";
import { listProjectsProcedure } from "./list";
import { renameProjectProcedure } from "./rename";
import { setProjectModeProcedure } from "./set-mode";

export const projectsRouter = router({
  list: listProjectsProcedure,
  get: getProjectProcedure,
  create: createProjectProcedure,
  rename: renameProjectProcedure,
  setMode: setProjectModeProcedure,
});
