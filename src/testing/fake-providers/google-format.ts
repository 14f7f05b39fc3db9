import type { ErrorOverrides, FakeReply, FormatAdapter, HandlerContext, JsonReply, ParsedRequest } from "./format-adapter";
import { asArray, asNumber, asRecord, asString, records, type JsonRecord } from "./json-access";
import {
  embeddingFor,
  planReply,
  promptTokens,
  stableId,
  type NormalizedConversation,
  type PromptPiece,
  type ToolChoice,
} from "./reply-planner";

// Gemini API (generativelanguage.googleapis.com) wire format, v1beta and v1 paths.

const DEFAULT_MODELS = ["gemini-2.5-flash", "gemini-2.5-pro", "gemini-embedding-001"];

const STATUS_NAMES: Record<number, { status: string; message: string }> = {
  400: { status: "INVALID_ARGUMENT", message: "Request contains an invalid argument." },
  401: { status: "UNAUTHENTICATED", message: "Request had invalid authentication credentials." },
  403: { status: "PERMISSION_DENIED", message: "The caller does not have permission" },
  404: { status: "NOT_FOUND", message: "Requested entity was not found." },
  429: { status: "RESOURCE_EXHAUSTED", message: "Resource has been exhausted (e.g. check quota)." },
  500: {
    status: "INTERNAL",
    message: "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
  },
  503: { status: "UNAVAILABLE", message: "The model is overloaded. Please try again later." },
  504: { status: "DEADLINE_EXCEEDED", message: "Deadline expired before operation could complete." },
};

function googleError(code: number, message?: string, details?: JsonRecord[]): JsonReply {
  const known = STATUS_NAMES[code] ?? (code >= 500 ? STATUS_NAMES[500] : STATUS_NAMES[400]);
  const error = { code, message: message ?? known?.message ?? "", status: known?.status ?? "UNKNOWN" };
  return { kind: "json", status: code, body: { error: details ? { ...error, details } : error } };
}

/** Gemini separates SSE events with CRLF pairs, unlike OpenAI and Anthropic. */
function sse(data: unknown): string {
  return `data: ${JSON.stringify(data)}\r\n\r\n`;
}

const MODEL_METHOD_PATH = /^\/(v1beta|v1)\/models\/([^/:]+):([A-Za-z]+)$/;

export const googleFormat: FormatAdapter = {
  basePath: "",
  requestIdHeader: undefined,
  overloadedStatus: 503,

  authenticate(request, expectedKey) {
    const key = (asString(request.headers["x-goog-api-key"]) ?? request.query.get("key") ?? "").trim();
    // The real API answers a missing key with 403 PERMISSION_DENIED; the gateway contract here wants 401.
    if (!key) {
      return googleError(
        401,
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      );
    }
    if (expectedKey !== undefined && key !== expectedKey) {
      const detail = {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        reason: "API_KEY_INVALID",
        domain: "googleapis.com",
        metadata: { service: "generativelanguage.googleapis.com" },
      };
      return googleError(400, "API key not valid. Please pass a valid API key.", [detail]);
    }
    return null;
  },

  errorReply(status, overrides: ErrorOverrides) {
    const details =
      overrides.retryAfter !== undefined
        ? [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: `${overrides.retryAfter}s` }]
        : undefined;
    return googleError(status, overrides.message, details);
  },

  midStreamErrorFrame() {
    return sse(googleError(500).body);
  },

  malformedFrame() {
    return 'data: {"candidates": [{"content": {"parts": [{"text": \r\n\r\n';
  },

  handle(request, context) {
    const { method, path } = request;
    const listMatch = /^\/(v1beta|v1)\/models$/.exec(path);
    if (method === "GET" && listMatch) {
      return { kind: "json", status: 200, body: { models: (context.models ?? DEFAULT_MODELS).map(modelObject) } };
    }
    const methodMatch = MODEL_METHOD_PATH.exec(path);
    if (method === "POST" && methodMatch) {
      const model = decodeURIComponent(methodMatch[2] ?? "");
      if (context.models && !context.models.includes(model)) {
        return googleError(404, `models/${model} is not found for API version ${methodMatch[1]}, or is not supported.`);
      }
      const body = asRecord(request.body);
      if (!body) return googleError(400, "Invalid JSON payload received.");
      return modelMethod(methodMatch[3] ?? "", model, body, request, context);
    }
    const getMatch = /^\/(v1beta|v1)\/models\/([^/:]+)$/.exec(path);
    if (method === "GET" && getMatch) {
      const model = decodeURIComponent(getMatch[2] ?? "");
      if (context.models && !context.models.includes(model)) return googleError(404, `models/${model} is not found.`);
      return { kind: "json", status: 200, body: modelObject(model) };
    }
    return googleError(404, `Method not found: ${method} ${path}`);
  },
};

function modelObject(model: string): JsonRecord {
  const isEmbedding = model.includes("embedding");
  return {
    name: `models/${model}`,
    version: "001",
    displayName: model,
    description: `Fake ${model}`,
    inputTokenLimit: isEmbedding ? 2048 : 1_048_576,
    outputTokenLimit: isEmbedding ? 1 : 65_536,
    supportedGenerationMethods: isEmbedding ? ["embedContent", "batchEmbedContents"] : ["generateContent", "countTokens"],
  };
}

function modelMethod(name: string, model: string, body: JsonRecord, request: ParsedRequest, context: HandlerContext): FakeReply {
  switch (name) {
    case "generateContent":
      return generateContent(model, body, context, "none");
    case "streamGenerateContent":
      return generateContent(model, body, context, request.query.get("alt") === "sse" ? "sse" : "json-array");
    case "countTokens": {
      // countTokens accepts either bare contents or a full generateContentRequest.
      const source = asRecord(body.generateContentRequest) ?? body;
      const tokens = promptTokens(normalizeConversation(source).promptPieces);
      const counted = { totalTokens: tokens, promptTokensDetails: [{ modality: "TEXT", tokenCount: tokens }] };
      return { kind: "json", status: 200, body: counted };
    }
    case "embedContent":
      return { kind: "json", status: 200, body: { embedding: { values: embedRequest(body) } } };
    case "batchEmbedContents": {
      const requests = asArray(body.requests);
      if (!requests) return googleError(400, "* BatchEmbedContentsRequest.requests: requests is not specified");
      const embeddings = records(requests).map((item) => ({ values: embedRequest(item) }));
      return { kind: "json", status: 200, body: { embeddings } };
    }
    default:
      return googleError(404, `Method not found: ${name}`);
  }
}

function embedRequest(body: JsonRecord): number[] {
  const text = partsText(asRecord(body.content)?.parts);
  return embeddingFor(text, asNumber(body.outputDimensionality) ?? 8);
}

function partText(part: JsonRecord): string {
  if (typeof part.text === "string") return part.text;
  const call = asRecord(part.functionCall);
  if (call) return JSON.stringify(call.args ?? {});
  const response = asRecord(part.functionResponse);
  if (response) return JSON.stringify(response.response ?? {});
  return "";
}

function partsText(parts: unknown): string {
  return records(parts).map(partText).join("");
}

function normalizeConversation(body: JsonRecord): NormalizedConversation {
  const contents = records(body.contents);
  const promptPieces: PromptPiece[] = [{ text: partsText(asRecord(body.systemInstruction)?.parts) }];
  for (const content of contents) promptPieces.push({ text: partsText(content.parts) });
  const last = contents.at(-1);
  const lastParts = records(last?.parts);
  const responses = lastParts.filter((part) => part.functionResponse !== undefined);
  const lastTurn: NormalizedConversation["lastTurn"] =
    responses.length > 0
      ? { kind: "tool-result", text: responses.map(partText).join("\n") }
      : { kind: last && last.role !== "model" ? "user" : "other", text: partsText(lastParts) };
  const tools = records(body.tools).flatMap((tool) =>
    records(tool.functionDeclarations).flatMap((declaration) => {
      const name = asString(declaration.name);
      return name ? [{ name, parameters: declaration.parameters ?? declaration.parametersJsonSchema }] : [];
    }),
  );
  const generationConfig = asRecord(body.generationConfig);
  return {
    promptPieces,
    lastTurn,
    tools,
    toolChoice: toolChoiceOf(body.toolConfig),
    maxOutputTokens: asNumber(generationConfig?.maxOutputTokens),
  };
}

function toolChoiceOf(toolConfig: unknown): ToolChoice {
  const config = asRecord(asRecord(toolConfig)?.functionCallingConfig);
  const mode = asString(config?.mode);
  if (mode === "NONE") return { mode: "none" };
  const allowed = asString(asArray(config?.allowedFunctionNames)?.[0]);
  if (allowed) return { mode: "named", name: allowed };
  return mode === "ANY" ? { mode: "required" } : { mode: "auto" };
}

type StreamingMode = "none" | "sse" | "json-array";

function generateContent(model: string, body: JsonRecord, context: HandlerContext, streaming: StreamingMode): FakeReply {
  if (!asArray(body.contents)) return googleError(400, "* GenerateContentRequest.contents: contents is not specified");
  const conversation = normalizeConversation(body);
  const plan = planReply(conversation, context.wordsPerChunk);
  const prompt = promptTokens(conversation.promptPieces);
  const responseId = stableId(`${context.sequence}:${JSON.stringify(body)}`, 22);
  const finishReason = plan.kind === "text" && plan.finish === "length" ? "MAX_TOKENS" : "STOP";
  const fullUsage = {
    promptTokenCount: prompt,
    candidatesTokenCount: plan.completionTokens,
    totalTokenCount: prompt + plan.completionTokens,
    promptTokensDetails: [{ modality: "TEXT", tokenCount: prompt }],
  };
  const partialUsage = { promptTokenCount: prompt, totalTokenCount: prompt, promptTokensDetails: fullUsage.promptTokensDetails };
  // Gemini chunks each carry a whole candidate; only the last has finishReason and output tokens.
  const response = (parts: JsonRecord[], isLast: boolean): JsonRecord => ({
    candidates: [{ content: { parts, role: "model" }, ...(isLast ? { finishReason } : {}), index: 0 }],
    usageMetadata: isLast ? fullUsage : partialUsage,
    modelVersion: model,
    responseId,
  });
  const partGroups: JsonRecord[][] =
    plan.kind === "tool-call"
      ? [[{ functionCall: { name: plan.toolName, args: plan.args } }]]
      : plan.chunks.length > 0
        ? plan.chunks.map((text) => [{ text }])
        : [[{ text: "" }]];

  if (streaming === "none") {
    const parts = plan.kind === "text" ? [{ text: plan.text }] : (partGroups[0] ?? []);
    return { kind: "json", status: 200, body: response(parts, true) };
  }
  const chunks = partGroups.map((parts, index) => response(parts, index === partGroups.length - 1));
  const finishingFrameIndex = chunks.length - 1;
  if (streaming === "sse") {
    return { kind: "stream", contentType: "text/event-stream", frames: chunks.map(sse), finishingFrameIndex };
  }
  // Without alt=sse the API streams one JSON array, element by element.
  const frames = chunks.map((chunk, index) => `${index === 0 ? "[" : ",\r\n"}${JSON.stringify(chunk)}`);
  frames.push("]");
  return { kind: "stream", contentType: "application/json; charset=UTF-8", frames, finishingFrameIndex };
}
