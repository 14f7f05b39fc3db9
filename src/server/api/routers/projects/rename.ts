import { z } from "zod";
import { projectProcedure } from "../../trpc";
import { projectNameSchema } from "../../../services/projects/create-project";
import { renameProject } from "../../../services/projects/rename-project";

export const renameProjectProcedure = projectProcedure
  .input(z.object({ name: projectNameSchema }))
  .mutation(({ ctx, input }) => renameProject(ctx.scope, input.name));
