import { keyValueStore } from "../kv";
import { LiveMetrics } from "./routing/live-metrics";
import { seededRandom } from "./routing/scoring";

// Process-wide gateway state, kept on globalThis so the node:http fast path and Next's route handlers (separate
// module instances in one process) share it.
type GatewayState = { metrics: LiveMetrics; random: () => number; explorationRate: number };
const globalForGateway = globalThis as unknown as { switchboardGateway?: GatewayState };

// Reading process.env costs a call into C++: the hot path reads it only when the state is first created.
function createState(): GatewayState {
  const seed = process.env.ROUTING_RANDOM_SEED;
  const configured = Number(process.env.ROUTING_EXPLORATION_RATE);
  const valid = process.env.ROUTING_EXPLORATION_RATE !== undefined && Number.isFinite(configured) && configured >= 0 && configured <= 1;
  return {
    metrics: new LiveMetrics(() => keyValueStore()),
    random: seed ? seededRandom(Number(seed)) : Math.random,
    explorationRate: valid ? configured : 0.01,
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
