import { idSchema, projectProcedure } from "../../trpc";
import { apiKeyLimitsSchema } from "../../../services/api-keys/api-key-limits-input";
import { updateApiKeyLimits } from "../../../services/api-keys/update-api-key-limits";

export const updateApiKeyLimitsProcedure = projectProcedure
  .input(apiKeyLimitsSchema.extend({ apiKeyId: idSchema("apiKeyId") }))
  .mutation(({ ctx, input }) => updateApiKeyLimits(ctx.scope, input.apiKeyId, input));
