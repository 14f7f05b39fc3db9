import type { ChatRequestBody } from "./playground-request";

// "View code": the request the playground would send, as a developer sends it — to /v1 with an API key, since the
// playground's own endpoint works only with a dashboard session.

/** Inside single quotes a shell takes everything literally except a single quote, which must close and reopen. */
const shellSingleQuoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export function curlSnippet(body: ChatRequestBody, baseUrl: string): string {
  return [
    `curl -N ${baseUrl}/chat/completions \\`,
    `  -H "Authorization: Bearer $SWITCHBOARD_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d ${shellSingleQuoted(JSON.stringify(body, null, 2))}`,
  ].join("\n");
}

function indent(text: string, spaces: number): string {
  return text.replaceAll("\n", `\n${" ".repeat(spaces)}`);
}

export function openAiSdkSnippet(body: ChatRequestBody, baseUrl: string): string {
  // The SDK call takes the same fields as the JSON body; only the stream loop differs.
  const { stream: _stream, stream_options: _options, ...fields } = body;
  const params = Object.entries(fields)
    .map(([name, value]) => `  ${name}: ${indent(JSON.stringify(value, null, 2), 2)},`)
    .join("\n");
  return `import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "${baseUrl}",
  apiKey: process.env.SWITCHBOARD_API_KEY,
});

const stream = await client.chat.completions.create({
${params}
  stream: true,
  stream_options: { include_usage: true },
});

for await (const chunk of stream) {
  const delta = chunk.choices[0]?.delta;
  if (delta?.content) process.stdout.write(delta.content);
  if (delta?.tool_calls) console.log("\\ntool call:", JSON.stringify(delta.tool_calls));
  if (chunk.usage) console.log("\\nusage:", chunk.usage);
}`;
}
