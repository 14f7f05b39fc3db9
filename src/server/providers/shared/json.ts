import { UpstreamProtocolError } from '../errors';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse that returns undefined instead of throwing. */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Parses an upstream JSON payload that must be an object, or fails with a protocol error. */
export function parseUpstreamObject(text: string, what: string): Record<string, unknown> {
  const value = tryParseJson(text);
  if (!isRecord(value)) {
    throw new UpstreamProtocolError(`Upstream sent an unparseable ${what}`, text.slice(0, 500));
  }
  return value;
}

/** Asserts an already-decoded upstream body is an object. */
export function expectUpstreamObject(json: unknown, what: string): Record<string, unknown> {
  if (!isRecord(json)) {
    throw new UpstreamProtocolError(`Upstream sent an invalid ${what}`, safeStringify(json));
  }
  return json;
}

function safeStringify(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 500);
  } catch {
    return String(value).slice(0, 500);
  }
}

/**
 * Tool-call arguments as an object. Models occasionally emit invalid or
 * non-object JSON; providers that need structured input (Anthropic, Gemini)
 * reject anything but an object, so fall back to an empty one rather than
 * failing the whole conversation over a past turn.
 */
export function parseToolArguments(args: string): Record<string, unknown> {
  const parsed = tryParseJson(args);
  return isRecord(parsed) ? parsed : {};
}

/** Returns a copy of `record` without the keys whose value is undefined. */
export function withoutUndefined<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}
