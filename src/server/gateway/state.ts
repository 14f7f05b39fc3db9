import { keyValueStore } from "../kv";
import { LiveMetrics } from "./routing/live-metrics";
import { seededRandom } from "./routing/scoring";

// Process-wide gateway state, kept on globalThis so the node:http fast path and Next's route handlers (separate
// module instances in one process) share it.
type GatewayState = { metrics: LiveMetrics; random: () => number };
const globalForGateway = globalThis as unknown as { switchboardGateway?: GatewayState };

function state(): GatewayState {
  const seed = process.env.ROUTING_RANDOM_SEED;
  globalForGateway.switchboardGateway ??= {
    metrics: new LiveMetrics(() => keyValueStore()),
    random: seed ? seededRandom(Number(seed)) : Math.random,
  };
  return globalForGateway.switchboardGateway;
}

export const liveMetrics = () => state().metrics;
export const routingRandom = () => state().random();
/** Share of bare-model requests sent to a runner-up provider to keep its metrics fresh (default 1%). */
export const explorationRate = () => {
  const configured = Number(process.env.ROUTING_EXPLORATION_RATE);
  return Number.isFinite(configured) && configured >= 0 && configured <= 1 && process.env.ROUTING_EXPLORATION_RATE !== undefined ? configured : 0.01;
};

/** For tests: reproducible routing randomness. */
export function setRoutingRandom(random: () => number): void {
  state().random = random;
}
