import { projectProcedure } from "../../trpc";
import { createProviderCredential } from "../../../services/provider-credentials/create-provider-credential";
import { createProviderCredentialSchema } from "../../../services/provider-credentials/provider-credential-input";

export const createProviderCredentialProcedure = projectProcedure
  .input(createProviderCredentialSchema)
  .mutation(({ ctx, input }) => createProviderCredential(ctx.scope, input));
