import { z } from "zod";
import type { ChatCompletionRequest } from "../../providers";
import { invalidRequest } from "../errors";

// The OpenAI Chat Completions request as the gateway accepts it. Unknown top-level fields are dropped rather than
// forwarded: a parameter the chosen provider does not understand must not make the upstream call fail.

const text = z.object({ type: z.literal("text"), text: z.string(), cache_control: z.looseObject({}).optional() });
const image = z.object({
  type: z.literal("image_url"),
  image_url: z.object({ url: z.string().min(1), detail: z.enum(["auto", "low", "high"]).optional() }),
  cache_control: z.looseObject({}).optional(),
});
const refusal = z.object({ type: z.literal("refusal"), refusal: z.string() });
const textOnly = z.union([z.string(), z.array(text)]);

const toolCall = z.object({
  id: z.string().min(1),
  type: z.literal("function").default("function"),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
  extra_content: z.looseObject({}).optional(),
});

const message = z.discriminatedUnion("role", [
  z.object({ role: z.literal("system"), content: textOnly, name: z.string().optional() }),
  z.object({ role: z.literal("developer"), content: textOnly, name: z.string().optional() }),
  z.object({ role: z.literal("user"), content: z.union([z.string(), z.array(z.discriminatedUnion("type", [text, image]))]), name: z.string().optional() }),
  z.object({
    role: z.literal("assistant"),
    content: z.union([z.string(), z.array(z.discriminatedUnion("type", [text, refusal]))]).nullish(),
    tool_calls: z.array(toolCall).optional(),
    refusal: z.string().nullish(),
    name: z.string().optional(),
    reasoning_content: z.string().nullish(),
  }),
  z.object({ role: z.literal("tool"), content: textOnly, tool_call_id: z.string().min(1) }),
]);

const tool = z.object({
  type: z.literal("function"),
  function: z.object({
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "must be 1-64 letters, digits, underscores or dashes"),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullish(),
  }),
});

const count = (max: number) => z.number().int().min(1).max(max);

export const chatRequestSchema = z.object({
  model: z.string().min(1).max(256),
  messages: z.array(message).min(1, "must contain at least one message"),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  max_tokens: count(10_000_000).nullish(),
  max_completion_tokens: count(10_000_000).nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullish(),
  seed: z.number().int().nullish(),
  frequency_penalty: z.number().min(-2).max(2).nullish(),
  presence_penalty: z.number().min(-2).max(2).nullish(),
  reasoning_effort: z.enum(["none", "minimal", "low", "medium", "high", "xhigh", "max"]).nullish(),
  user: z.string().max(256).optional(),
  n: count(8).nullish(),
  logprobs: z.boolean().nullish(),
  top_logprobs: z.number().int().min(0).max(20).nullish(),
  logit_bias: z.record(z.string(), z.number()).nullish(),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  tools: z.array(tool).max(512).optional(),
  tool_choice: z
    .union([z.enum(["none", "auto", "required"]), z.object({ type: z.literal("function"), function: z.object({ name: z.string().min(1) }) })])
    .optional(),
  parallel_tool_calls: z.boolean().optional(),
  response_format: z
    .discriminatedUnion("type", [
      z.object({ type: z.literal("text") }),
      z.object({ type: z.literal("json_object") }),
      z.object({
        type: z.literal("json_schema"),
        json_schema: z.object({
          name: z.string().min(1).max(64),
          description: z.string().optional(),
          schema: z.record(z.string(), z.unknown()).optional(),
          strict: z.boolean().nullish(),
        }),
      }),
    ])
    .optional(),
});

/** Validates a parsed body, answering the first problem as OpenAI does: a message naming the parameter. */
export function parseWithSchema<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const param = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : String(part))).join(".").replaceAll(".[", "[");
  const problem = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
  throw invalidRequest(param ? `Invalid value for \`${param}\`: ${problem}.` : `Invalid request: ${problem}.`, param || null, "invalid_value");
}

export function parseChatRequest(body: unknown): ChatCompletionRequest {
  return parseWithSchema(chatRequestSchema, body) as ChatCompletionRequest;
}
