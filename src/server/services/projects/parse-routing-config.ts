import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../../errors";
import { routingConfigSchema, type RoutingConfig } from "../../gateway/routing/routing-config";

function describePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join(".");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The schema drops fields it does not know, so a misspelt optional field (`request_timeout`) would be saved as if
 * it were never written. Comparing what was sent with what survived parsing finds the first such field.
 */
function findUnknownField(sent: unknown, kept: unknown, path: PropertyKey[]): string | null {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    for (const [index, item] of sent.entries()) {
      const found = findUnknownField(item, kept[index], [...path, index]);
      if (found) return found;
    }
  } else if (isPlainObject(sent) && isPlainObject(kept)) {
    for (const [name, value] of Object.entries(sent)) {
      if (!(name in kept)) return describePath([...path, name]);
      const found = findUnknownField(value, kept[name], [...path, name]);
      if (found) return found;
    }
  }
  return null;
}

/** Validates routing rules as typed in the dashboard; the first problem is named by its path, e.g. `rules.0.targets: …`. */
export function parseRoutingConfig(input: unknown): RoutingConfig {
  const parsed = routingConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? describePath(issue.path) : "";
    const message = issue?.message ?? "Invalid routing config";
    throw new AppError("BAD_REQUEST", where ? `${where}: ${message}` : message, "config");
  }
  const unknownField = findUnknownField(input, parsed.data, []);
  if (unknownField) throw new AppError("BAD_REQUEST", `${unknownField}: unknown field`, "config");
  // Stored as plain JSON (defaults filled in), exactly what the gateway will read back.
  return JSON.parse(JSON.stringify(parsed.data)) as RoutingConfig;
}

/**
 * A stored config in the schema's own key order (jsonb keeps keys sorted by length, which reads badly in the
 * editor). One that no longer validates is returned as stored, so an admin can see and fix it.
 */
export function presentRoutingConfig(stored: Prisma.JsonValue | null): Prisma.JsonValue | null {
  if (stored === null) return null;
  const parsed = routingConfigSchema.safeParse(stored);
  return parsed.success ? (JSON.parse(JSON.stringify(parsed.data)) as Prisma.JsonValue) : stored;
}
