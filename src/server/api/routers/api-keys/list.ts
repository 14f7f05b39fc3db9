import { projectProcedure } from "../../trpc";
import { listApiKeys } from "../../../services/api-keys/list-api-keys";

export const listApiKeysProcedure = projectProcedure.query(({ ctx }) => listApiKeys(ctx.scope));
