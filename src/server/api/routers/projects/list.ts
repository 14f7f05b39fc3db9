import { organizationProcedure } from "../../trpc";
import { listProjects } from "../../../services/projects/list-projects";

export const listProjectsProcedure = organizationProcedure.query(({ ctx }) => listProjects(ctx.scope));
