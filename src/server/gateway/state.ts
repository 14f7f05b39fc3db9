import { env } from "../env";
import { keyValueStore } from "../kv";
import { LiveMetrics } from "./routing/live-metrics";
import { seededRandom } from "./routing/scoring";

// Process-wide gateway state, kept on globalThis so the node:http fast path and Next's route handlers (separate
// module instances in one process) share it.
type GatewayState = { metrics: LiveMetrics; random: () => number; explorationRate: number };
const globalForGateway = globalThis as unknown as { switchboardGateway?: GatewayState };

// Created on first use from the validated environment (env.ts checks ROUTING_* at start), then kept.
function createState(): GatewayState {
  const { ROUTING_RANDOM_SEED: seed, ROUTING_EXPLORATION_RATE: explorationRate } = env();
  return {
    metrics: new LiveMetrics(() => keyValueStore()),
    random: seed === undefined ? Math.random : seededRandom(seed),
    explorationRate: explorationRate ?? 0.01,
  };
}

function state(): GatewayState {
  return (globalForGateway.switchboardGateway ??= createState());
}

export const liveMetrics = () => state().metrics;
export const routingRandom = () => state().random();
/** Share of bare-model requests sent to a runner-up provider to keep its metrics fresh (ROUTING_EXPLORATION_RATE, default 1%). */
export const explorationRate = () => state().explorationRate;

/** For tests: reproducible routing randomness. */
export function setRoutingRandom(random: () => number): void {
  state().random = random;
}
