// Request bodies arrive as untrusted JSON; these narrow `unknown` without casts scattered around.

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonRecord) : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function records(value: unknown): JsonRecord[] {
  return (asArray(value) ?? []).flatMap((item) => {
    const record = asRecord(item);
    return record ? [record] : [];
  });
}
