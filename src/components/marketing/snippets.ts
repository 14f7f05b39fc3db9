// Code samples for the model pages and the docs. One place, so every page shows the same base URL and the same
// client setup.

/** The gateway's address in samples; a self-hosted instance on one machine answers at http://localhost:3000/v1. */
export const EXAMPLE_BASE_URL = "https://your-switchboard.example.com/v1";
export const API_KEY_ENV = "SWITCHBOARD_API_KEY";

export function openAiSdkChat(model: string, comment?: string): string {
  return `import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "${EXAMPLE_BASE_URL}",
  apiKey: process.env.${API_KEY_ENV},
});

const completion = await client.chat.completions.create({
  model: "${model}",${comment ? ` // ${comment}` : ""}
  messages: [{ role: "user", content: "Hello!" }],
});
console.log(completion.choices[0].message.content);`;
}

export function curlChat(model: string, stream = false): string {
  return `curl ${EXAMPLE_BASE_URL}/chat/completions \\
  -H "Authorization: Bearer $${API_KEY_ENV}" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "${model}",${stream ? ` "stream": true,` : ""} "messages": [{"role": "user", "content": "Hello!"}]}'`;
}

export function curlEmbeddings(model: string): string {
  return `curl ${EXAMPLE_BASE_URL}/embeddings \\
  -H "Authorization: Bearer $${API_KEY_ENV}" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "${model}", "input": "The quick brown fox"}'`;
}

export function openAiSdkEmbeddings(model: string): string {
  return `import OpenAI from "openai";

const client = new OpenAI({ baseURL: "${EXAMPLE_BASE_URL}", apiKey: process.env.${API_KEY_ENV} });

const { data } = await client.embeddings.create({ model: "${model}", input: "The quick brown fox" });
console.log(data[0].embedding.length);`;
}

export function vercelAiSdk(model: string): string {
  return `import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateText } from "ai";

const switchboard = createOpenAICompatible({
  name: "switchboard",
  baseURL: "${EXAMPLE_BASE_URL}",
  apiKey: process.env.${API_KEY_ENV},
});

const { text } = await generateText({ model: switchboard("${model}"), prompt: "Hello!" });
console.log(text);`;
}
