import { z } from "zod";
import { organizationProcedure } from "../../trpc";
import { createProject, projectNameSchema } from "../../../services/projects/create-project";

export const createProjectProcedure = organizationProcedure
  .input(z.object({ name: projectNameSchema }))
  .mutation(({ ctx, input }) => createProject(ctx.scope, input.name));
