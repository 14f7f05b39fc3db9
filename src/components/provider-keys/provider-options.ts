import { PROVIDERS } from "@/server/catalog/providers";

// The provider list only (not the whole catalog with its model prices) so the client bundle stays small.
export const CUSTOM_PROVIDER = "custom";

export const PROVIDER_OPTIONS = [
  ...PROVIDERS.map((provider) => ({ id: provider.id, name: provider.name, defaultBaseUrl: provider.defaultBaseUrl })),
  { id: CUSTOM_PROVIDER, name: "Custom (OpenAI-compatible)", defaultBaseUrl: "" },
];
