import { z } from "zod";
import { idSchema, projectProcedure } from "../../trpc";
import { deleteProviderCredential } from "../../../services/provider-credentials/delete-provider-credential";

export const deleteProviderCredentialProcedure = projectProcedure
  .input(z.object({ credentialId: idSchema("credentialId") }))
  .mutation(({ ctx, input }) => deleteProviderCredential(ctx.scope, input.credentialId));
