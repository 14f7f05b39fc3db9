import type { Capabilities, OfferingSpec } from '../types';

/**
 * Capability presets. Most offerings fall into one of these; the rare exception spreads a preset
 * and overrides one flag, which keeps the deviation visible in review.
 */
export const TEXT_TOOLS = {
  streaming: true,
  tools: true,
  vision: false,
  jsonOutput: true,
  reasoning: false,
} as const satisfies Capabilities;

export const VISION_TOOLS = { ...TEXT_TOOLS, vision: true } as const satisfies Capabilities;

export const REASONING_TOOLS = { ...TEXT_TOOLS, reasoning: true } as const satisfies Capabilities;

export const REASONING_VISION_TOOLS = {
  ...TEXT_TOOLS,
  vision: true,
  reasoning: true,
} as const satisfies Capabilities;

/** Plain streaming chat: no tools, no enforced JSON. */
export const TEXT_ONLY = {
  streaming: true,
  tools: false,
  vision: false,
  jsonOutput: false,
  reasoning: false,
} as const satisfies Capabilities;

export const EMBEDDING = {
  streaming: false,
  tools: false,
  vision: false,
  jsonOutput: false,
  reasoning: false,
} as const satisfies Capabilities;

/**
 * OpenRouter re-sells first-party models at the upstream list price, so its offering is the
 * direct one under OpenRouter's name. Deriving it avoids copy-paste price drift between the two.
 */
export function withOpenRouter(openRouterModel: string, direct: OfferingSpec): readonly OfferingSpec[] {
  return [direct, { ...direct, providerId: 'openrouter', providerModel: openRouterModel }];
}
