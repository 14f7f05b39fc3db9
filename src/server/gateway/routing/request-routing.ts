import { z } from "zod";

// OpenRouter-style routing fields a client may put in the chat request body. They steer the gateway and are
// removed before the request goes upstream.
export const requestRoutingSchema = z.object({
  /** Fallback models, tried in order after `model`. */
  models: z.array(z.string().trim().min(1).max(256)).max(10).optional(),
  provider: z
    .object({
      order: z.array(z.string().min(1)).max(30).optional(),
      only: z.array(z.string().min(1)).max(30).optional(),
      ignore: z.array(z.string().min(1)).max(30).optional(),
      allow_fallbacks: z.boolean().optional(),
      sort: z.enum(["price", "throughput", "latency"]).optional(),
      /** USD per million tokens, as OpenRouter takes it. */
      max_price: z.object({ prompt: z.number().min(0).optional(), completion: z.number().min(0).optional() }).optional(),
    })
    .optional(),
});

export type RequestRouting = z.infer<typeof requestRoutingSchema>;
export const ROUTING_FIELDS = ["models", "provider"] as const;
