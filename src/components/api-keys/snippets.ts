import { useSyncExternalStore } from "react";

export function gatewayBaseUrl(): string {
  return typeof window === "undefined" ? "http://localhost:3000/v1" : `${window.location.origin}/v1`;
}

const noSubscription = () => () => {};

/** The gateway URL as the browser sees it; "/v1" during server rendering, so hydration never disagrees. */
export function useGatewayBaseUrl(): string {
  return useSyncExternalStore(noSubscription, gatewayBaseUrl, () => "/v1");
}

export function curlSnippet(key: string, baseUrl = gatewayBaseUrl()): string {
  return `curl ${baseUrl}/chat/completions \\
  -H "Authorization: Bearer ${key}" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello!"}]}'`;
}

export function openAiSdkSnippet(key: string, baseUrl = gatewayBaseUrl()): string {
  return `import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "${baseUrl}",
  apiKey: "${key}",
});

const completion = await client.chat.completions.create({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "Hello!" }],
});`;
}
