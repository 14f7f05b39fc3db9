import type { TextContentPart } from '../types';

export interface DecodedDataUrl {
  mimeType: string;
  /** Base64 payload. */
  data: string;
}

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s;

/** Splits a `data:` URL; non-base64 payloads are re-encoded so callers always get base64. */
export function parseDataUrl(url: string): DecodedDataUrl | null {
  const match = DATA_URL.exec(url);
  if (!match) return null;
  const mimeType = match[1] || 'text/plain';
  const params = match[2] ?? '';
  const payload = match[3] ?? '';
  const isBase64 = params.split(';').includes('base64');
  if (isBase64) return { mimeType, data: payload };
  let text: string;
  try {
    text = decodeURIComponent(payload);
  } catch {
    return null;
  }
  return { mimeType, data: Buffer.from(text, 'utf8').toString('base64') };
}

const MIME_BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  pdf: 'application/pdf',
};

/** Best-effort MIME type from a URL's file extension. */
export function guessMimeTypeFromUrl(url: string, fallback: string): string {
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
    // Not an absolute URL: use the raw string.
  }
  const extension = /\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase();
  return (extension && MIME_BY_EXTENSION[extension]) || fallback;
}

/**
 * Flattens message content to plain text. Parts are joined with a newline so
 * separately written instructions do not run into each other.
 */
export function contentToText(
  content: string | ReadonlyArray<{ type: string; text?: string; refusal?: string }> | null | undefined,
): string {
  if (content == null) return '';
  if (typeof content === 'string') return content;
  const texts: string[] = [];
  for (const part of content) {
    if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
  }
  return texts.join('\n');
}

/** Content as text parts, whichever form the client used. */
export function contentToTextParts(content: string | TextContentPart[]): TextContentPart[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}
