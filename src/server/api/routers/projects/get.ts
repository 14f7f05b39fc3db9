import { projectProcedure } from "../../trpc";
import { getProject } from "../../../services/projects/get-project";

export const getProjectProcedure = projectProcedure.query(({ ctx }) => getProject(ctx.scope));
