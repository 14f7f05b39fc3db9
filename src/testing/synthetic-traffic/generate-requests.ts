import { computeCost, offeringsFor, type CostBreakdown } from "@/server/catalog";
import type { ModelOffering } from "@/server/catalog/types";
import type { Random } from "./random";
import { CACHE_HIT_RATE, ERROR_MIX, ERROR_RATE, MODEL_MIX, PROMPT_CACHE_RATE, STREAM_RATE, type ModelMix } from "./traffic-mix";

/** Every column the seeder writes for one request-log row. */
export type SyntheticRequest = {
  id: string;
  requestId: string;
  createdAt: Date;
  organizationId: string;
  projectId: string;
  apiKeyId: string;
  endpoint: string;
  requestedModel: string;
  modelId: string;
  providerId: string | null;
  providerModel: string | null;
  credentialSource: "byok" | "platform" | null;
  streamed: boolean;
  status: number;
  errorCode: string | null;
  errorMessage: string | null;
  finishReason: string | null;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
  inputCost: string;
  cachedInputCost: string;
  cacheWriteCost: string;
  outputCost: string;
  totalCost: string;
  latencyMs: number;
  ttftMs: number | null;
  cacheStatus: string;
};

export type TrafficTarget = { organizationId: string; projectId: string; apiKeys: ReadonlyArray<{ id: string; weight: number }> };

type MixEntry = ModelMix & { offerings: Array<{ offering: ModelOffering; weight: number }> };

const FREE: CostBreakdown = { inputUsd: "0", cachedInputUsd: "0", cacheWriteUsd: "0", outputUsd: "0", totalUsd: "0" };

/** The mix with catalog offerings resolved once; entries the catalog no longer has are left out. */
export function resolveMix(): MixEntry[] {
  return MODEL_MIX.map((entry) => ({
    ...entry,
    offerings: entry.providers.flatMap(({ providerId, weight }) => {
      const offering = offeringsFor(entry.modelId).find((candidate) => candidate.providerId === providerId);
      return offering ? [{ offering, weight }] : [];
    }),
  })).filter((entry) => entry.offerings.length > 0);
}

type Outcome = Pick<
  SyntheticRequest,
  "providerId" | "providerModel" | "credentialSource" | "status" | "errorCode" | "errorMessage" | "finishReason" | "promptTokens" | "completionTokens" | "cachedTokens" | "reasoningTokens" | "latencyMs" | "ttftMs" | "cacheStatus"
> & { cost: CostBreakdown };

function failedOutcome(random: Random, offering: ModelOffering): Outcome {
  const failure = random.pick(ERROR_MIX);
  const latencyMs = Math.round(failure.status === 504 ? 30_000 + random.next() * 90_000 : random.logNormal(failure.status === 400 ? 3 : 600, 0.8));
  const reached = failure.reachesProvider;
  return {
    providerId: reached ? offering.providerId : null,
    providerModel: reached ? offering.providerModel : null,
    credentialSource: reached ? "byok" : null,
    status: failure.status,
    errorCode: failure.code,
    errorMessage: failure.message,
    finishReason: null,
    promptTokens: 0,
    completionTokens: 0,
    cachedTokens: 0,
    reasoningTokens: 0,
    cost: FREE,
    latencyMs,
    ttftMs: null,
    cacheStatus: "miss",
  };
}

function cacheHitOutcome(random: Random): Outcome {
  const latencyMs = Math.max(1, Math.round(random.logNormal(6, 0.6)));
  return {
    providerId: null,
    providerModel: null,
    credentialSource: null,
    status: 200,
    errorCode: null,
    errorMessage: null,
    finishReason: "stop",
    promptTokens: 0,
    completionTokens: 0,
    cachedTokens: 0,
    reasoningTokens: 0,
    cost: FREE,
    latencyMs,
    ttftMs: latencyMs,
    cacheStatus: "hit",
  };
}

function servedOutcome(random: Random, model: MixEntry, offering: ModelOffering, streamed: boolean): Outcome {
  const chat = model.endpoint === "chat.completions";
  const promptTokens = Math.max(1, Math.round(random.logNormal(model.promptTokensMedian, 0.9)));
  const completionTokens = chat ? Math.max(1, Math.round(random.logNormal(model.completionTokensMedian, 0.8))) : 0;
  const cachedTokens = chat && offering.prices.cachedInput && random.next() < PROMPT_CACHE_RATE ? Math.floor(promptTokens * (0.3 + random.next() * 0.6)) : 0;
  // Longer answers take longer: latency grows with the square root of the output beyond the model's typical one.
  const sizeFactor = chat ? Math.sqrt(completionTokens / model.completionTokensMedian) : 1;
  const latencyMs = Math.max(5, Math.round(random.logNormal(model.latencyMedianMs, 0.45) * Math.min(4, Math.max(0.4, sizeFactor))));
  return {
    providerId: offering.providerId,
    providerModel: offering.providerModel,
    credentialSource: random.next() < 0.7 ? "byok" : "platform",
    status: 200,
    errorCode: null,
    errorMessage: null,
    finishReason: chat ? (random.next() < 0.97 ? "stop" : "length") : null,
    promptTokens,
    completionTokens,
    cachedTokens,
    reasoningTokens: model.reasoningShare ? Math.floor(completionTokens * model.reasoningShare) : 0,
    cost: computeCost(offering, { promptTokens, completionTokens, cachedTokens }),
    latencyMs,
    ttftMs: streamed ? Math.max(20, Math.round(latencyMs * (0.08 + random.next() * 0.25))) : null,
    cacheStatus: "miss",
  };
}

/** Makes one request's row at `createdAt`: the caller decides when, this decides what. */
export function generateRequest(random: Random, mix: MixEntry[], target: TrafficTarget, createdAt: Date, id: string): SyntheticRequest {
  const model = random.pick(mix);
  const { offering } = random.pick(model.offerings);
  const chat = model.endpoint === "chat.completions";
  const streamed = chat && random.next() < STREAM_RATE;
  const outcome =
    random.next() < ERROR_RATE
      ? failedOutcome(random, offering)
      : chat && random.next() < CACHE_HIT_RATE
        ? cacheHitOutcome(random)
        : servedOutcome(random, model, offering, streamed);
  // One literal with every field, so all rows share one object shape (spreads made generation several times slower).
  return {
    id,
    requestId: `req_${id}`,
    createdAt,
    organizationId: target.organizationId,
    projectId: target.projectId,
    apiKeyId: random.pick(target.apiKeys).id,
    endpoint: model.endpoint,
    requestedModel: model.modelId,
    modelId: model.modelId,
    providerId: outcome.providerId,
    providerModel: outcome.providerModel,
    credentialSource: outcome.credentialSource,
    streamed,
    status: outcome.status,
    errorCode: outcome.errorCode,
    errorMessage: outcome.errorMessage,
    finishReason: outcome.finishReason,
    promptTokens: outcome.promptTokens,
    completionTokens: outcome.completionTokens,
    cachedTokens: outcome.cachedTokens,
    cacheWriteTokens: 0,
    reasoningTokens: outcome.reasoningTokens,
    inputCost: outcome.cost.inputUsd,
    cachedInputCost: outcome.cost.cachedInputUsd,
    cacheWriteCost: outcome.cost.cacheWriteUsd,
    outputCost: outcome.cost.outputUsd,
    totalCost: outcome.cost.totalUsd,
    latencyMs: outcome.latencyMs,
    ttftMs: outcome.ttftMs,
    cacheStatus: outcome.cacheStatus,
  };
}
