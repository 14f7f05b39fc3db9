import { z } from "zod";
import { isProviderId } from "../../catalog";
import { CUSTOM_PROVIDER_ID } from "./provider-credential-view";

/** Blank optional form fields arrive as "" and mean "not given". */
function blankAsUndefined<T extends z.ZodType<string | undefined, string | undefined>>(schema: T) {
  return z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(schema)
    .optional();
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const providerCredentialNameSchema = z.string().trim().min(1, "Name is required").max(60, "Name must be at most 60 characters");

export const customSlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "Slug must be 1–32 lowercase letters, digits or dashes, starting with a letter or digit");

export const providerBaseUrlSchema = z
  .string()
  .max(500, "Base URL must be at most 500 characters")
  .refine(isHttpUrl, "Base URL must be an http(s) URL, e.g. https://api.example.com/v1")
  // Adapters append paths themselves; a trailing slash would only produce `//`.
  .transform((value) => value.replace(/\/+$/, ""));

export const createProviderCredentialSchema = z
  .object({
    providerId: z
      .string({ error: "Choose a provider" })
      .trim()
      .refine((id) => id === CUSTOM_PROVIDER_ID || isProviderId(id), "Choose a provider from the list, or Custom"),
    name: providerCredentialNameSchema,
    apiKey: z.string({ error: "API key is required" }).trim().min(1, "API key is required").max(500, "API key must be at most 500 characters"),
    customSlug: blankAsUndefined(customSlugSchema.optional()),
    baseUrl: blankAsUndefined(providerBaseUrlSchema.optional()),
  })
  .superRefine((input, ctx) => {
    if (input.providerId !== CUSTOM_PROVIDER_ID) {
      if (input.customSlug) ctx.addIssue({ code: "custom", path: ["customSlug"], message: "Only custom providers have a slug" });
      return;
    }
    if (!input.customSlug) {
      ctx.addIssue({ code: "custom", path: ["customSlug"], message: "A custom provider needs a slug: it prefixes model ids, e.g. my-llm/llama-3" });
    } else if (isProviderId(input.customSlug)) {
      ctx.addIssue({ code: "custom", path: ["customSlug"], message: `"${input.customSlug}" is a built-in provider id; choose another slug` });
    }
    if (!input.baseUrl) {
      ctx.addIssue({ code: "custom", path: ["baseUrl"], message: "A custom provider needs its OpenAI-compatible base URL, e.g. https://llm.example.com/v1" });
    }
  });
export type CreateProviderCredentialInput = z.infer<typeof createProviderCredentialSchema>;
