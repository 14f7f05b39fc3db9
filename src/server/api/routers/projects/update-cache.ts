import { projectProcedure } from "../../trpc";
import { updateProjectCache, updateProjectCacheSchema } from "../../../services/projects/update-project-cache";

export const updateProjectCacheProcedure = projectProcedure
  .input(updateProjectCacheSchema)
  .mutation(({ ctx, input }) => updateProjectCache(ctx.scope, input));
