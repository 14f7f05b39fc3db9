import type { ReactNode } from "react";
import { C } from "./docs-ui";

// The reference tables of /docs/api, as data. They follow the README's "The gateway API" section; when the
// gateway changes, both change together.

function Endpoint({ children }: { children: ReactNode }) {
  return (
    <span className="whitespace-nowrap">
      <C>{children}</C>
    </span>
  );
}

export const ENDPOINT_ROWS: ReactNode[][] = [
  [
    <Endpoint key="e">POST /v1/chat/completions</Endpoint>,
    <>
      Chat completions, streamed or not: text and image content parts, <C>tools</C> / <C>tool_choice</C> / <C>parallel_tool_calls</C>,{" "}
      <C>response_format</C> (<C>json_object</C>, <C>json_schema</C>), <C>temperature</C>, <C>top_p</C>, <C>max_tokens</C> /{" "}
      <C>max_completion_tokens</C>, <C>stop</C>, <C>seed</C>, penalties, <C>reasoning_effort</C>, <C>user</C>. Parameters a provider cannot honour
      are translated (e.g. <C>reasoning_effort</C> → Anthropic&apos;s thinking budget) or dropped; unknown fields are ignored.
    </>,
  ],
  [
    <Endpoint key="e">POST /v1/embeddings</Endpoint>,
    <>
      <C>input</C> as a string, strings or token ids; <C>encoding_format</C> float or base64; <C>dimensions</C>.
    </>,
  ],
  [
    <Endpoint key="e">GET /v1/models</Endpoint>,
    <>
      OpenAI&apos;s list shape plus <C>name</C>, <C>description</C>, <C>context_length</C>, <C>pricing</C> (USD per token, decimal strings),{" "}
      <C>capabilities</C> and <C>providers</C>. No key needed.
    </>,
  ],
  [
    <Endpoint key="e">GET /v1/models/&#123;id&#125;</Endpoint>,
    <>
      One model; <C>&#123;provider&#125;/&#123;model&#125;</C> returns just that provider&apos;s offering.
    </>,
  ],
];

export const REQUEST_HEADER_ROWS: ReactNode[][] = [
  [
    <>
      <C>Authorization: Bearer &lt;key&gt;</C> or <C>x-api-key: &lt;key&gt;</C>
    </>,
    "Your Switchboard API key (the Anthropic SDK's header works too).",
  ],
  [<C key="h">x-request-id</C>, "Your id for the request (1–128 of A–Z a–z 0–9 _ . : -), echoed back and stored in the log; generated when absent."],
  [<C key="h">x-switchboard-meta-&lt;name&gt;: &lt;value&gt;</C>, "Free-form metadata stored with the request log row (up to 16, 256 characters each); routing rules can match on it."],
  [
    <>
      <C>x-switchboard-source</C>, <C>x-title</C>, <C>http-referer</C>
    </>,
    "Attribution, stored as source in the metadata.",
  ],
  [<C key="h">X-No-Fallback: true</C>, "Try only the first provider: no failover to another one."],
  [<C key="h">x-no-cache: true</C>, "Skip the project's response cache for this request."],
];

export const RESPONSE_HEADER_ROWS: ReactNode[][] = [
  [<C key="h">x-request-id</C>, "The request's id, yours or generated."],
  [<C key="h">x-switchboard-provider</C>, "The provider that served the request, e.g. anthropic."],
  [<C key="h">x-switchboard-provider-model</C>, "The model name at that provider."],
  [<C key="h">x-switchboard-retries</C>, "Attempts beyond the first."],
  [<C key="h">x-switchboard-cache</C>, "HIT, MISS or SKIP, when the project caches responses."],
  [
    <>
      <C>RateLimit-Policy</C>, <C>RateLimit</C>, <C>x-ratelimit-*</C>
    </>,
    "When the key has request or token limits per minute.",
  ],
  [<C key="h">Retry-After</C>, "On 429: seconds until the limit resets."],
];

export const ERROR_ROWS: ReactNode[][] = [
  ["400", "invalid_json, invalid_value, provider_not_configured, model_not_supported, or the provider's own", "Malformed JSON, a parameter out of range (the message names it), no credentials for the model in this project's mode, or an upstream 400 about the request."],
  ["401", "invalid_api_key", "Missing, unknown, revoked or expired key, or a key over its spend limit."],
  ["402", "insufficient_credits", "The balance cannot cover the request's maximum cost; no provider was called."],
  ["403", "model_not_allowed", "The key's model allow-list excludes the model."],
  ["404", "model_not_found, unknown_url", "Unknown model id or path."],
  ["405", "method_not_allowed", "E.g. GET on /v1/chat/completions."],
  ["413", "request_too_large", "Body over GATEWAY_MAX_BODY_BYTES (20 MiB by default)."],
  ["415", "unsupported_media_type", "A Content-Type other than JSON."],
  ["429", "rate_limit_exceeded, upstream_rate_limited", "The key's requests or tokens per minute are used up (Retry-After says when to retry), or the provider rate-limited the request."],
  ["499", "client_closed_request", "Log only: the client went away and the upstream request was cancelled."],
  ["502", "all_providers_failed, upstream_error, provider_authentication_failed, upstream_protocol_error, upstream_unreachable, …", "The provider failed; its account details are never shown."],
  ["503", "upstream_overloaded", "The provider is overloaded."],
  ["504", "upstream_timeout", "No answer within GATEWAY_UPSTREAM_TIMEOUT_MS."],
].map(([status, codes, when]) => [<C key="s">{status}</C>, <CodeList key="c" codes={codes ?? ""} />, when]);

function CodeList({ codes }: { codes: string }) {
  const parts = codes.split(", ");
  return (
    <span className="flex flex-wrap gap-1">
      {parts.map((code) => (code.includes(" ") || code === "…" ? <span key={code}>{code}</span> : <C key={code}>{code}</C>))}
    </span>
  );
}
