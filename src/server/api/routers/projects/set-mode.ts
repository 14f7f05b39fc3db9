import { z } from "zod";
import { projectProcedure } from "../../trpc";
import { projectModeSchema, setProjectMode } from "../../../services/projects/set-project-mode";

export const setProjectModeProcedure = projectProcedure
  .input(z.object({ mode: projectModeSchema }))
  .mutation(({ ctx, input }) => setProjectMode(ctx.scope, input.mode));
