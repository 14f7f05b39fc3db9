import { z } from "zod";

// Per-project routing rules (dashboard → Settings → Routing), Portkey-style: the first rule whose conditions
// match decides which models are tried — in order (fallback) or picked by weight (loadbalance), the rest kept
// as fallbacks. Stored as JSON on the project and validated with this schema on save and on use.

const modelId = z.string().trim().min(1).max(256);

export const routingRuleSchema = z.object({
  name: z.string().trim().min(1).max(60).optional(),
  when: z
    .object({
      /** Requested model id; `*` matches any run of characters (e.g. `gpt-4o*`). */
      model: z.string().trim().min(1).max(256).optional(),
      /** Every listed `x-switchboard-meta-<name>` header must have this value. */
      metadata: z.record(z.string().min(1).max(64), z.string().max(256)).optional(),
      apiKeyIds: z.array(z.string().min(1)).max(100).optional(),
    })
    .default({}),
  strategy: z.enum(["fallback", "loadbalance"]),
  targets: z.array(z.object({ model: modelId, weight: z.number().positive().max(1_000_000).default(1) })).min(1).max(10),
});

export const routingConfigSchema = z.object({
  rules: z.array(routingRuleSchema).max(50).default([]),
  retry: z
    .object({
      /** Further attempts after the first (0–2). */
      attempts: z.number().int().min(0).max(2).default(2),
      /** Retry only on these upstream statuses; default: 429, 5xx, timeouts and connection errors. */
      on_status_codes: z.array(z.number().int().min(400).max(599)).max(50).optional(),
    })
    .optional(),
  /** Per-attempt time limit to the first response byte, ms. */
  request_timeout_ms: z.number().int().min(100).max(600_000).optional(),
});

export type RoutingConfig = z.infer<typeof routingConfigSchema>;
export type RoutingRule = z.infer<typeof routingRuleSchema>;

/** A stored config that no longer validates is ignored (and reported on the decision) rather than failing requests. */
export function readRoutingConfig(stored: unknown): { config: RoutingConfig | null; problem?: string } {
  if (stored === null || stored === undefined) return { config: null };
  const parsed = routingConfigSchema.safeParse(stored);
  return parsed.success ? { config: parsed.data } : { config: null, problem: parsed.error.issues[0]?.message ?? "invalid routing config" };
}

function globMatches(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i");
  return regex.test(value);
}

export function matchRule(config: RoutingConfig, request: { model: string; metadata: Record<string, string>; apiKeyId: string | null }): { rule: RoutingRule; index: number } | null {
  for (const [index, rule] of config.rules.entries()) {
    const { model, metadata, apiKeyIds } = rule.when;
    if (model && !globMatches(model, request.model)) continue;
    if (metadata && Object.entries(metadata).some(([name, value]) => request.metadata[name] !== value)) continue;
    if (apiKeyIds && (request.apiKeyId === null || !apiKeyIds.includes(request.apiKeyId))) continue;
    return { rule, index };
  }
  return null;
}

/** The models to try, in order: a rule's targets, with loadbalance drawing the first one by weight. */
export function ruleTargets(rule: RoutingRule, random: () => number): string[] {
  const targets = rule.targets.map((target) => target.model);
  if (rule.strategy === "fallback" || rule.targets.length === 1) return targets;
  const total = rule.targets.reduce((sum, target) => sum + target.weight, 0);
  let draw = random() * total;
  let chosen = rule.targets.length - 1;
  for (const [index, target] of rule.targets.entries()) {
    draw -= target.weight;
    if (draw < 0) {
      chosen = index;
      break;
    }
  }
  const rest = rule.targets.filter((_, index) => index !== chosen).sort((a, b) => b.weight - a.weight);
  return [rule.targets[chosen]!.model, ...rest.map((target) => target.model)];
}
