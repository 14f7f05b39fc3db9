import { z } from "zod";
import { idSchema, projectProcedure } from "../../trpc";
import { testProviderCredential } from "../../../services/provider-credentials/test-provider-credential";

export const testProviderCredentialProcedure = projectProcedure
  .input(z.object({ credentialId: idSchema("credentialId") }))
  .mutation(({ ctx, input }) => testProviderCredential(ctx.scope, input.credentialId));
