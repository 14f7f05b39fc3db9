import { z } from "zod";
import { idSchema, projectProcedure } from "../../trpc";
import { revokeApiKey } from "../../../services/api-keys/revoke-api-key";

export const revokeApiKeyProcedure = projectProcedure
  .input(z.object({ apiKeyId: idSchema("apiKeyId") }))
  .mutation(({ ctx, input }) => revokeApiKey(ctx.scope, input.apiKeyId));
