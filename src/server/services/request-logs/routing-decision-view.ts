import { z } from "zod";
import type { RoutingDecision } from "../../gateway/routing/plan-route";

// The routing decision is stored as JSON by the gateway. Rows outlive code, so it is read back through a lenient
// schema: a row written by an older or newer gateway shows as raw JSON instead of breaking the page.

const maybeNumber = z.number().nullable();

const candidateSchema = z.object({
  provider: z.string(),
  providerModel: z.string(),
  credentialSource: z.string(),
  score: z.number().optional(),
  terms: z.object({ uptime: z.number(), throughput: z.number(), price: z.number(), latency: z.number() }).optional(),
  inputs: z
    .object({ uptime: maybeNumber, tokensPerSecond: maybeNumber, ttftMs: maybeNumber, pricePerToken: z.number(), samples: z.number() })
    .optional(),
});

const attemptSchema = z.object({
  provider: z.string(),
  model: z.string(),
  credentialSource: z.string(),
  status: z.number(),
  durationMs: z.number(),
  error: z.string().optional(),
});

export const routingDecisionViewSchema = z.object({
  reason: z.string(),
  rule: z.string().optional(),
  configProblem: z.string().optional(),
  models: z.array(z.string()).default([]),
  candidates: z.array(candidateSchema).default([]),
  winner: z.string(),
  attempts: z.array(attemptSchema).default([]),
});
export type RoutingDecisionView = z.infer<typeof routingDecisionViewSchema>;

// Fails to compile when the gateway's decision stops fitting this view, so the two are changed together.
const gatewayDecisionFitsView = (decision: RoutingDecision): z.input<typeof routingDecisionViewSchema> => decision;
void gatewayDecisionFitsView;

export function readRoutingDecision(stored: unknown): RoutingDecisionView | null {
  const parsed = routingDecisionViewSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
