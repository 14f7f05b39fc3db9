// What "Load example" puts in the routing editor: one rule of each strategy, with every optional part shown.
export const ROUTING_EXAMPLE = {
  rules: [
    {
      name: "GPT-4o with fallbacks",
      when: { model: "gpt-4o*" },
      strategy: "fallback",
      targets: [{ model: "openai/gpt-4o-mini" }, { model: "anthropic/claude-haiku-4-5" }],
    },
    {
      name: "Spread Llama for search",
      when: { model: "llama-3.3-70b", metadata: { team: "search" } },
      strategy: "loadbalance",
      targets: [
        { model: "groq/llama-3.3-70b", weight: 3 },
        { model: "together/llama-3.3-70b", weight: 1 },
      ],
    },
  ],
  retry: { attempts: 2, on_status_codes: [429, 500, 502, 503] },
  request_timeout_ms: 30000,
};

export const formatRoutingConfig = (config: unknown) => (config === null || config === undefined ? "" : JSON.stringify(config, null, 2));
