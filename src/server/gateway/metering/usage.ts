import { computeCost, type ModelOffering } from "../../catalog";
import type { ChatCompletionRequest, NormalizedUsage } from "../../providers";

export type Metered = {
  usage: NormalizedUsage;
  estimated: boolean;
  cost: { inputUsd: string; cachedInputUsd: string; cacheWriteUsd: string; outputUsd: string; totalUsd: string };
};

const ZERO_COST = { inputUsd: "0", cachedInputUsd: "0", cacheWriteUsd: "0", outputUsd: "0", totalUsd: "0" };

// When a provider reports no usage, count roughly four characters per token (the usual English average) and
// mark the log row as estimated rather than guess silently.
const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export function estimatePromptTokens(request: ChatCompletionRequest): number {
  let chars = 0;
  for (const message of request.messages) {
    const content = "content" in message ? message.content : null;
    if (typeof content === "string") chars += content.length;
    else if (Array.isArray(content)) for (const part of content) if ("text" in part) chars += part.text.length;
    if ("tool_calls" in message) for (const call of message.tool_calls ?? []) chars += call.function.arguments.length + call.function.name.length;
  }
  return Math.ceil(chars / 4);
}

export function estimateUsage(request: ChatCompletionRequest, completionText: string): NormalizedUsage {
  return { promptTokens: estimatePromptTokens(request), completionTokens: estimateTokens(completionText), cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 };
}

/** Tokens × catalog price, exact; a project's custom provider has no catalog price and costs 0 here. */
export function meter(offering: ModelOffering | null, usage: NormalizedUsage, estimated: boolean): Metered {
  if (!offering) return { usage, estimated, cost: ZERO_COST };
  const cost = computeCost(offering, {
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    cachedTokens: Math.min(usage.cachedTokens, usage.promptTokens),
    cacheWriteTokens: Math.min(usage.cacheWriteTokens, usage.promptTokens - Math.min(usage.cachedTokens, usage.promptTokens)),
  });
  return { usage, estimated, cost };
}

const IMAGE_TOKENS_UPPER_BOUND = 2_000;

/**
 * A prompt-token count the real one will not exceed, for holding credits before the call: two characters per token
 * (tokenizers average about four) plus a generous allowance per image and for message framing.
 */
export function promptTokensUpperBound(request: ChatCompletionRequest): number {
  let images = 0;
  for (const message of request.messages) {
    const content = "content" in message ? message.content : null;
    if (Array.isArray(content)) for (const part of content) if (part.type === "image_url") images++;
  }
  const toolChars = JSON.stringify(request.tools ?? []).length + JSON.stringify(request.response_format ?? "").length;
  return estimatePromptTokens(request) * 2 + Math.ceil(toolChars / 2) + images * IMAGE_TOKENS_UPPER_BOUND + request.messages.length * 8 + 16;
}
