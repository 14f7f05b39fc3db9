import { router } from "../../trpc";
import { createProjectProcedure } from "./create";
import { getProjectProcedure } from "./get";
import { listProjectsProcedure } from "./list";
import { renameProjectProcedure } from "./rename";
import { setProjectModeProcedure } from "./set-mode";
import { updateProjectBodyRetentionProcedure } from "./update-body-retention";
import { updateProjectCacheProcedure } from "./update-cache";
import { updateProjectRoutingProcedure } from "./update-routing";

export const projectsRouter = router({
  list: listProjectsProcedure,
  get: getProjectProcedure,
  create: createProjectProcedure,
  rename: renameProjectProcedure,
  setMode: setProjectModeProcedure,
  updateCache: updateProjectCacheProcedure,
  updateRouting: updateProjectRoutingProcedure,
  updateBodyRetention: updateProjectBodyRetentionProcedure,
});
