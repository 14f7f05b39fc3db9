import { z } from "zod";
import { idSchema, projectProcedure } from "../../trpc";
import { setProviderCredentialEnabled } from "../../../services/provider-credentials/set-provider-credential-enabled";

export const setProviderCredentialEnabledProcedure = projectProcedure
  .input(z.object({ credentialId: idSchema("credentialId"), enabled: z.boolean({ error: "enabled must be true or false" }) }))
  .mutation(({ ctx, input }) => setProviderCredentialEnabled(ctx.scope, input.credentialId, input.enabled));
