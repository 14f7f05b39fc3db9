import { projectProcedure } from "../../trpc";
import { createApiKey, createApiKeySchema } from "../../../services/api-keys/create-api-key";

export const createApiKeyProcedure = projectProcedure
  .input(createApiKeySchema)
  .mutation(({ ctx, input }) => createApiKey(ctx.scope, input));
