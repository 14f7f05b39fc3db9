import { z } from "zod";
import { idSchema, projectProcedure } from "../../trpc";
import { apiKeyNameSchema } from "../../../services/api-keys/create-api-key";
import { renameApiKey } from "../../../services/api-keys/rename-api-key";

export const renameApiKeyProcedure = projectProcedure
  .input(z.object({ apiKeyId: idSchema("apiKeyId"), name: apiKeyNameSchema }))
  .mutation(({ ctx, input }) => renameApiKey(ctx.scope, input.apiKeyId, input.name));
