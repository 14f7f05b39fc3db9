import { projectProcedure } from "../../trpc";
import { updateProjectBodyRetention, updateProjectBodyRetentionSchema } from "../../../services/projects/update-project-body-retention";

export const updateProjectBodyRetentionProcedure = projectProcedure
  .input(updateProjectBodyRetentionSchema)
  .mutation(({ ctx, input }) => updateProjectBodyRetention(ctx.scope, input.enabled));
