// Human labels for catalog enums. Types only from the catalog, so client components can use these without
// pulling the catalog itself into the browser bundle.
import type { Capabilities, Vendor, WireFormat } from "@/server/catalog";

export type CapabilityKey = Exclude<keyof Capabilities, "streaming">;

/** The capabilities worth a badge; every catalog model streams, so streaming would only add noise. */
export const CAPABILITY_LABELS: Record<CapabilityKey, string> = {
  tools: "Tools",
  vision: "Vision",
  jsonOutput: "JSON",
  reasoning: "Reasoning",
};

export const CAPABILITY_KEYS = Object.keys(CAPABILITY_LABELS) as CapabilityKey[];

export const VENDOR_LABELS: Record<Vendor, string> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  meta: "Meta",
  mistral: "Mistral AI",
  deepseek: "DeepSeek",
  xai: "xAI",
  alibaba: "Alibaba",
  moonshot: "Moonshot AI",
  perplexity: "Perplexity",
  zhipu: "Zhipu AI",
  cohere: "Cohere",
};

export const WIRE_FORMAT_LABELS: Record<WireFormat, string> = {
  openai: "OpenAI-compatible",
  anthropic: "Anthropic Messages",
  google: "Google Gemini",
};

/** Where a model or offering stands today; `retired` = past its deprecation date, no longer routed. */
export type Availability = "stable" | "beta" | "deprecated" | "retired";

export const AVAILABILITY_LABELS: Record<Availability, string> = {
  stable: "Stable",
  beta: "Beta",
  deprecated: "Deprecated",
  retired: "Retired",
};
