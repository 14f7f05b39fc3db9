import { projectProcedure } from "../../trpc";
import { listProviderCredentials } from "../../../services/provider-credentials/list-provider-credentials";

export const listProviderCredentialsProcedure = projectProcedure.query(({ ctx }) => listProviderCredentials(ctx.scope));
