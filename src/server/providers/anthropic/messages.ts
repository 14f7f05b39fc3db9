/**
 * OpenAI messages → Anthropic system prompt + alternating user/assistant turns.
 */
import { AdapterRequestError } from '../errors';
import type {
  AssistantMessage,
  ChatMessage,
  ImageContentPart,
  TextContentPart,
  ToolMessage,
  UserContentPart,
} from '../types';
import { contentToText, contentToTextParts, guessMimeTypeFromUrl, parseDataUrl } from '../shared/content';
import { parseToolArguments } from '../shared/json';
import type {
  AnthropicDocumentBlock,
  AnthropicImageBlock,
  AnthropicMessage,
  AnthropicRequestBlock,
  AnthropicTextBlock,
  AnthropicToolResultBlock,
} from './wire';

export interface AnthropicConversation {
  /** System and developer messages, wherever they appeared, in order. */
  systemBlocks: AnthropicTextBlock[];
  messages: AnthropicMessage[];
}

export function convertMessages(messages: readonly ChatMessage[]): AnthropicConversation {
  const systemBlocks: AnthropicTextBlock[] = [];
  const turns: AnthropicMessage[] = [];

  messages.forEach((message, i) => {
    switch (message.role) {
      case 'system':
      case 'developer':
        systemBlocks.push(...textBlocks(contentToTextParts(message.content)));
        break;
      case 'user':
        turns.push({ role: 'user', content: userBlocks(message.content, i) });
        break;
      case 'assistant':
        turns.push({ role: 'assistant', content: assistantBlocks(message) });
        break;
      case 'tool':
        // Anthropic carries tool results inside the next user turn.
        turns.push({ role: 'user', content: [toolResultBlock(message)] });
        break;
    }
  });

  // Anthropic rejects empty turns and requires roles to alternate.
  const nonEmpty = turns.filter((turn) => turn.content.length > 0);
  return { systemBlocks, messages: trimFinalAssistantTurn(mergeConsecutiveRoles(nonEmpty)) };
}

/** Joins system blocks into a string unless a cache breakpoint needs the block form. */
export function collapseSystem(blocks: AnthropicTextBlock[]): string | AnthropicTextBlock[] | undefined {
  if (blocks.length === 0) return undefined;
  if (blocks.some((block) => block.cache_control)) return blocks;
  return blocks.map((block) => block.text).join('\n\n');
}

function textBlocks(parts: readonly TextContentPart[]): AnthropicTextBlock[] {
  // Anthropic rejects empty text blocks.
  return parts
    .filter((part) => part.text.length > 0)
    .map((part) => (part.cache_control
      ? { type: 'text', text: part.text, cache_control: part.cache_control }
      : { type: 'text', text: part.text }));
}

function userBlocks(content: string | UserContentPart[], messageIndex: number): AnthropicRequestBlock[] {
  if (typeof content === 'string') return textBlocks([{ type: 'text', text: content }]);
  const blocks: AnthropicRequestBlock[] = [];
  content.forEach((part, partIndex) => {
    if (part.type === 'text') blocks.push(...textBlocks([part]));
    else blocks.push(mediaBlock(part, `messages[${messageIndex}].content[${partIndex}].image_url`));
  });
  return blocks;
}

/** Images (and PDFs sent through image_url, a common client shortcut) as URL or base64 sources. */
function mediaBlock(part: ImageContentPart, param: string): AnthropicImageBlock | AnthropicDocumentBlock {
  const url = part.image_url.url;
  const cache = part.cache_control ? { cache_control: part.cache_control } : {};
  const decoded = parseDataUrl(url);
  if (decoded) {
    const source = { type: 'base64' as const, media_type: decoded.mimeType, data: decoded.data };
    return decoded.mimeType === 'application/pdf'
      ? { type: 'document', source, ...cache }
      : { type: 'image', source, ...cache };
  }
  if (!/^https?:\/\//i.test(url)) {
    throw new AdapterRequestError('Image URLs must be http(s) URLs or base64 data URLs.', 'invalid_image_url', param);
  }
  const isPdf = guessMimeTypeFromUrl(url, '') === 'application/pdf';
  return { type: isPdf ? 'document' : 'image', source: { type: 'url', url }, ...cache };
}

function assistantBlocks(message: AssistantMessage): AnthropicRequestBlock[] {
  // Reasoning text is dropped: without its signature Anthropic would reject it as a thinking block.
  const blocks: AnthropicRequestBlock[] = textBlocks([{ type: 'text', text: contentToText(message.content) }]);
  for (const call of message.tool_calls ?? []) {
    blocks.push({
      type: 'tool_use',
      id: call.id,
      name: call.function.name,
      input: parseToolArguments(call.function.arguments),
    });
  }
  return blocks;
}

function toolResultBlock(message: ToolMessage): AnthropicToolResultBlock {
  const text = contentToText(message.content);
  return text
    ? { type: 'tool_result', tool_use_id: message.tool_call_id, content: text }
    : { type: 'tool_result', tool_use_id: message.tool_call_id };
}

/** Merging keeps tool results first in the merged user turn, as Anthropic requires. */
function mergeConsecutiveRoles(turns: AnthropicMessage[]): AnthropicMessage[] {
  const merged: AnthropicMessage[] = [];
  for (const turn of turns) {
    const previous = merged[merged.length - 1];
    if (previous && previous.role === turn.role) {
      previous.content = [...previous.content, ...turn.content];
    } else {
      merged.push({ role: turn.role, content: [...turn.content] });
    }
  }
  return merged;
}

/** A trailing assistant turn is a prefill, and Anthropic rejects prefills ending in whitespace. */
function trimFinalAssistantTurn(turns: AnthropicMessage[]): AnthropicMessage[] {
  const last = turns[turns.length - 1];
  if (!last || last.role !== 'assistant') return turns;
  const lastBlock = last.content[last.content.length - 1];
  if (lastBlock?.type !== 'text') return turns;
  const text = lastBlock.text.trimEnd();
  const content = text
    ? [...last.content.slice(0, -1), { ...lastBlock, text }]
    : last.content.slice(0, -1);
  const rest = turns.slice(0, -1);
  return content.length > 0 ? [...rest, { role: 'assistant', content }] : rest;
}
