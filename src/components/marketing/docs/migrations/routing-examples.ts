// Routing configs the migration guides show, kept as data so a unit test can check them against the gateway's
// own schema: a guide must never show a config the settings page would refuse.

export const PORTKEY_CONFIG = {
  strategy: { mode: "fallback" },
  targets: [
    { virtual_key: "openai-prod", override_params: { model: "gpt-4o-mini" } },
    { virtual_key: "anthropic-prod", override_params: { model: "claude-haiku-4-5" } },
  ],
  retry: { attempts: 2, on_status_codes: [429, 500, 502, 503] },
  request_timeout: 30000,
};

export const PORTKEY_AS_SWITCHBOARD = {
  rules: [
    {
      name: "cheap first",
      strategy: "fallback",
      targets: [{ model: "openai/gpt-4o-mini" }, { model: "anthropic/claude-haiku-4-5" }],
    },
  ],
  retry: { attempts: 2, on_status_codes: [429, 500, 502, 503] },
  request_timeout_ms: 30000,
};

export const LITELLM_ROUTER = `model_list:
  - model_name: fast
    litellm_params: { model: groq/llama-3.3-70b-versatile, api_key: os.environ/GROQ_API_KEY }
  - model_name: fast
    litellm_params: { model: together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo, api_key: os.environ/TOGETHER_API_KEY }
  - model_name: smart
    litellm_params: { model: anthropic/claude-sonnet-4-5-20250929, api_key: os.environ/ANTHROPIC_API_KEY }
router_settings:
  routing_strategy: simple-shuffle
  num_retries: 2
  timeout: 30
litellm_settings:
  fallbacks: [{ "fast": ["smart"] }]`;

/** LiteLLM's two "fast" deployments of one model become its bare id: Switchboard already spreads a bare id over providers. */
export const LITELLM_AS_SWITCHBOARD = {
  rules: [
    { name: "fast", when: { model: "fast" }, strategy: "fallback", targets: [{ model: "llama-3.3-70b" }, { model: "anthropic/claude-sonnet-4-5" }] },
    { name: "smart", when: { model: "smart" }, strategy: "fallback", targets: [{ model: "anthropic/claude-sonnet-4-5" }] },
  ],
  retry: { attempts: 2 },
  request_timeout_ms: 30000,
};

/** Every model a config names, to check that each resolves in the catalog. */
export function targetModels(config: { rules: ReadonlyArray<{ targets: ReadonlyArray<{ model: string }> }> }): string[] {
  return config.rules.flatMap((rule) => rule.targets.map((target) => target.model));
}
