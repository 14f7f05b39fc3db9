/**
 * OpenAI messages → Gemini systemInstruction + user/model contents.
 */
import { AdapterRequestError } from '../errors';
import type { AssistantMessage, ChatMessage, ToolMessage, UserContentPart } from '../types';
import { contentToText, guessMimeTypeFromUrl, parseDataUrl } from '../shared/content';
import { isRecord, parseToolArguments, tryParseJson } from '../shared/json';
import type { GeminiContent, GeminiPart } from './wire';

/**
 * Google's documented placeholder for function calls that did not come from
 * Gemini (or whose signature the client dropped). Gemini 3 rejects function
 * calls in the current turn without a signature.
 */
export const DUMMY_THOUGHT_SIGNATURE = 'skip_thought_signature_validator';

export interface GeminiConversation {
  systemInstruction?: GeminiContent;
  contents: GeminiContent[];
}

export interface ConvertOptions {
  /** Gemini 3: every model turn's first function call must carry a thought signature. */
  requireThoughtSignatures: boolean;
}

export function convertMessages(messages: readonly ChatMessage[], options: ConvertOptions): GeminiConversation {
  const toolNames = toolNamesById(messages);
  const systemParts: GeminiPart[] = [];
  const contents: GeminiContent[] = [];

  messages.forEach((message, i) => {
    switch (message.role) {
      case 'system':
      case 'developer':
        systemParts.push(...textParts(contentToText(message.content)));
        break;
      case 'user':
        contents.push({ role: 'user', parts: userParts(message.content, i) });
        break;
      case 'assistant':
        contents.push({ role: 'model', parts: modelParts(message, options) });
        break;
      case 'tool':
        contents.push({ role: 'user', parts: [functionResponsePart(message, toolNames, i)] });
        break;
    }
  });

  const merged = mergeConsecutiveRoles(contents.filter((content) => content.parts.length > 0));
  return systemParts.length > 0
    ? { systemInstruction: { parts: systemParts }, contents: merged }
    : { contents: merged };
}

/** Gemini's functionResponse needs the function name, which OpenAI tool messages omit. */
function toolNamesById(messages: readonly ChatMessage[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const message of messages) {
    if (message.role !== 'assistant') continue;
    for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
  }
  return names;
}

function textParts(text: string): GeminiPart[] {
  return text ? [{ text }] : [];
}

function userParts(content: string | UserContentPart[], messageIndex: number): GeminiPart[] {
  if (typeof content === 'string') return textParts(content);
  return content.flatMap((part, partIndex): GeminiPart[] => {
    if (part.type === 'text') return textParts(part.text);
    const url = part.image_url.url;
    const decoded = parseDataUrl(url);
    if (decoded) return [{ inlineData: { mimeType: decoded.mimeType, data: decoded.data } }];
    if (!/^(https?|gs):\/\//i.test(url)) {
      throw new AdapterRequestError(
        'Image URLs must be http(s) URLs or base64 data URLs.',
        'invalid_image_url',
        `messages[${messageIndex}].content[${partIndex}].image_url`,
      );
    }
    return [{ fileData: { mimeType: guessMimeTypeFromUrl(url, 'image/jpeg'), fileUri: url } }];
  });
}

function modelParts(message: AssistantMessage, options: ConvertOptions): GeminiPart[] {
  const parts = textParts(contentToText(message.content));
  (message.tool_calls ?? []).forEach((call, i) => {
    const part: GeminiPart = {
      functionCall: { name: call.function.name, args: parseToolArguments(call.function.arguments) },
    };
    const signature = call.extra_content?.google?.thought_signature
      ?? (options.requireThoughtSignatures && i === 0 ? DUMMY_THOUGHT_SIGNATURE : undefined);
    if (signature) part.thoughtSignature = signature;
    parts.push(part);
  });
  return parts;
}

function functionResponsePart(message: ToolMessage, toolNames: Map<string, string>, messageIndex: number): GeminiPart {
  const name = toolNames.get(message.tool_call_id);
  if (!name) {
    throw new AdapterRequestError(
      `Tool message refers to tool_call_id "${message.tool_call_id}", which no earlier assistant message contains.`,
      'invalid_tool_call_id',
      `messages[${messageIndex}].tool_call_id`,
    );
  }
  const text = contentToText(message.content);
  const parsed = tryParseJson(text);
  // Gemini wants an object; structured results are passed as-is, anything else wrapped.
  const response = isRecord(parsed) ? parsed : { result: parsed ?? text };
  return { functionResponse: { name, response } };
}

/** Parallel function responses must share one user turn, matching the model turn's calls. */
function mergeConsecutiveRoles(contents: GeminiContent[]): GeminiContent[] {
  const merged: GeminiContent[] = [];
  for (const content of contents) {
    const previous = merged[merged.length - 1];
    if (previous && previous.role === content.role) previous.parts = [...previous.parts, ...content.parts];
    else merged.push({ role: content.role, parts: [...content.parts] });
  }
  return merged;
}
