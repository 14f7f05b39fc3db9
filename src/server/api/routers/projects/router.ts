import { router } from "../../trpc";
import { createProjectProcedure } from "./create";
import { listProjectsProcedure } from "./list";
import { renameProjectProcedure } from "./rename";

export const projectsRouter = router({
  list: listProjectsProcedure,
  create: createProjectProcedure,
  rename: renameProjectProcedure,
});
