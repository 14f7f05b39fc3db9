import { createHash } from "node:crypto";
import { asArray, asRecord, asString } from "./json-access";

/**
 * Provider-neutral view of a chat request. Each format translates its own request body into
 * this, so the reply logic (and therefore what tests can assert) is identical everywhere.
 */
export interface NormalizedConversation {
  /** Every piece of message text in order (system, text parts, tool arguments, tool results). */
  promptPieces: PromptPiece[];
  lastTurn: LastTurn;
  tools: ToolSpec[];
  toolChoice: ToolChoice;
  maxOutputTokens: number | undefined;
}

export interface PromptPiece {
  text: string;
  /** Anthropic `cache_control` marks the end of a cacheable prefix here. */
  cacheBreakpoint?: boolean;
}

export type LastTurn = { kind: "user" | "tool-result" | "other"; text: string };

export interface ToolSpec {
  name: string;
  /** JSON schema of the arguments (Gemini's uppercase type names are accepted too). */
  parameters: unknown;
}

export type ToolChoice = { mode: "auto" | "none" | "required" } | { mode: "named"; name: string };

export type ReplyPlan =
  | {
      kind: "text";
      text: string;
      /** The text split into stream chunks; joining them gives `text`. */
      chunks: string[];
      finish: "stop" | "length";
      completionTokens: number;
    }
  | {
      kind: "tool-call";
      toolName: string;
      args: Record<string, unknown>;
      argumentsJson: string;
      /** `argumentsJson` split the way providers stream partial JSON. */
      argumentFragments: string[];
      completionTokens: number;
    };

/** Deterministic stand-in for a tokenizer: a quarter of the character count, rounded up. */
export function countTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export function promptTokens(pieces: readonly PromptPiece[]): number {
  return countTokens(pieces.map((piece) => piece.text).join(""));
}

/**
 * Echo the last user message (or acknowledge a tool result). Completion tokens are the words
 * emitted, so `max_tokens: N` yields exactly N words and a length finish when it cuts text.
 * For tool calls completion tokens are countTokens(name + arguments) and max tokens is ignored.
 */
export function planReply(conversation: NormalizedConversation, wordsPerChunk: number): ReplyPlan {
  const tool = pickTool(conversation);
  if (tool) {
    const args = exampleArguments(tool.parameters);
    const argumentsJson = JSON.stringify(args);
    return {
      kind: "tool-call",
      toolName: tool.name,
      args,
      argumentsJson,
      argumentFragments: splitIntoFragments(argumentsJson, 8),
      completionTokens: countTokens(tool.name + argumentsJson),
    };
  }
  const { lastTurn } = conversation;
  const fullText =
    lastTurn.kind === "tool-result" ? `Tool result received: ${lastTurn.text}` : `Echo: ${lastTurn.text || "(no text)"}`;
  const allWords = fullText.match(/\s*\S+/g) ?? [];
  const limit = conversation.maxOutputTokens;
  const truncated = limit !== undefined && allWords.length > limit;
  const words = truncated ? allWords.slice(0, Math.max(0, limit)) : allWords;
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerChunk) chunks.push(words.slice(i, i + wordsPerChunk).join(""));
  return {
    kind: "text",
    text: chunks.join(""),
    chunks,
    finish: truncated ? "length" : "stop",
    completionTokens: words.length,
  };
}

function pickTool(conversation: NormalizedConversation): ToolSpec | undefined {
  const { tools, toolChoice, lastTurn } = conversation;
  if (lastTurn.kind !== "user" || toolChoice.mode === "none") return undefined;
  if (toolChoice.mode === "named") return tools.find((tool) => tool.name === toolChoice.name) ?? tools[0];
  return tools[0];
}

/** Plausible arguments from a JSON schema: required properties (or all, if none are required). */
export function exampleArguments(schema: unknown): Record<string, unknown> {
  const value = exampleValue(schema, "value", 0);
  return asRecord(value) ?? {};
}

function exampleValue(schema: unknown, name: string, depth: number): unknown {
  const node = asRecord(schema) ?? {};
  const enumValues = asArray(node.enum);
  if (enumValues && enumValues.length > 0) return enumValues[0];
  const type = (asString(node.type) ?? (node.properties ? "object" : "string")).toLowerCase();
  switch (type) {
    case "object": {
      const properties = asRecord(node.properties) ?? {};
      const required = (asArray(node.required) ?? []).filter((key): key is string => typeof key === "string");
      const keys = required.length > 0 ? required : Object.keys(properties);
      if (depth > 4) return {};
      return Object.fromEntries(keys.map((key) => [key, exampleValue(properties[key], key, depth + 1)]));
    }
    case "array":
      return depth > 4 ? [] : [exampleValue(node.items, name, depth + 1)];
    case "integer":
    case "number":
      return 1;
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return `example ${name}`;
  }
}

function splitIntoFragments(text: string, size: number): string[] {
  const fragments: string[] = [];
  for (let i = 0; i < text.length; i += size) fragments.push(text.slice(i, i + size));
  return fragments;
}

/** Stable id-ish string (lowercase alphanumerics) so identical test runs produce identical ids. */
export function stableId(seed: string, length: number): string {
  let out = "";
  for (let round = 0; out.length < length; round++) {
    out += createHash("sha256").update(`${round}:${seed}`).digest("base64url").replace(/[-_]/g, "");
  }
  return out.slice(0, length);
}

/** Unit-length vector derived from a hash, rounded to float32 so JSON and base64 encodings agree exactly. */
export function embeddingFor(input: string, dimensions = 8): number[] {
  const raw: number[] = [];
  for (let block = 0; raw.length < dimensions; block++) {
    const digest = createHash("sha256").update(`${block}:${input}`).digest();
    for (let i = 0; i + 1 < digest.length && raw.length < dimensions; i += 2) {
      raw.push((digest.readUInt16BE(i) / 0xffff) * 2 - 1);
    }
  }
  const norm = Math.sqrt(raw.reduce((sum, x) => sum + x * x, 0)) || 1;
  return raw.map((x) => Math.fround(x / norm));
}

export function float32Base64(values: readonly number[]): string {
  return Buffer.from(new Float32Array(values).buffer).toString("base64");
}
