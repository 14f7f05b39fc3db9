import { projectProcedure } from "../../trpc";
import { updateProjectRouting, updateProjectRoutingSchema } from "../../../services/projects/update-project-routing";

export const updateProjectRoutingProcedure = projectProcedure
  .input(updateProjectRoutingSchema)
  .mutation(({ ctx, input }) => updateProjectRouting(ctx.scope, input.config));
