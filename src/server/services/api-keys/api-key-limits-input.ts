import { z } from "zod";
import { SpendPeriod } from "@/generated/prisma/enums";
import { findModel, isProviderId } from "../../catalog";
import { spendLimitUsdSchema } from "./create-api-key";

export const MAX_ALLOWED_MODELS = 100;
const CUSTOM_MODEL_ID = /^([a-z0-9][a-z0-9-]{0,31})\/(\S+)$/;

/**
 * A model a key may be limited to: anything the catalog resolves (bare, `provider/model`, upstream names), or
 * `<slug>/<model>` for a project's custom provider — whose models the catalog cannot know. A catalog provider's
 * prefix with a model it does not serve is refused: that pin could never be honoured.
 */
export function isAllowableModelId(id: string): boolean {
  if (findModel(id)) return true;
  const custom = CUSTOM_MODEL_ID.exec(id);
  return custom !== null && !isProviderId(custom[1]!);
}

const modelIdSchema = z
  .string({ error: "Model ids must be text" })
  .trim()
  .min(1, "Model ids cannot be empty")
  .max(256, "Model ids must be at most 256 characters")
  .superRefine((id, ctx) => {
    if (!isAllowableModelId(id)) {
      ctx.addIssue({ code: "custom", message: `Unknown model "${id}": use a catalog id (e.g. gpt-4o-mini or openai/gpt-4o-mini) or <custom-slug>/<model>` });
    }
  });

const nullableLimit = (what: string, max: number, maxLabel: string) =>
  z
    .number({ error: `${what} must be a whole number from 1 to ${maxLabel}, or empty for no limit` })
    .int(`${what} must be a whole number from 1 to ${maxLabel}, or empty for no limit`)
    .min(1, `${what} must be a whole number from 1 to ${maxLabel}, or empty for no limit`)
    .max(max, `${what} must be a whole number from 1 to ${maxLabel}, or empty for no limit`)
    .nullable();

export const apiKeyLimitsSchema = z.object({
  rateLimitRpm: nullableLimit("Requests per minute", 1_000_000, "1,000,000"),
  rateLimitTpm: nullableLimit("Tokens per minute", 1_000_000_000, "1,000,000,000"),
  allowedModels: z
    .array(modelIdSchema, { error: "Allowed models must be a list of model ids" })
    .max(MAX_ALLOWED_MODELS, `A key may be limited to at most ${MAX_ALLOWED_MODELS} models`)
    // The gateway compares ids case-insensitively, so "GPT-4o-mini" and "gpt-4o-mini" are one entry.
    .transform((ids) => ids.filter((id, index) => ids.findIndex((other) => other.toLowerCase() === id.toLowerCase()) === index)),
  spendLimitUsd: spendLimitUsdSchema.nullable(),
  spendPeriod: z.enum(SpendPeriod, { error: "Spend period must be lifetime, day, week or month" }),
});
export type ApiKeyLimitsInput = z.infer<typeof apiKeyLimitsSchema>;
