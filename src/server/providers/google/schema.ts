/**
 * JSON Schema → the OpenAPI-3.0 subset Gemini accepts (function parameters
 * and responseSchema). Gemini rejects whole requests over unknown keywords,
 * so this converts what has an equivalent and drops the rest:
 *  - $ref into $defs/definitions is inlined (recursion is cut off);
 *  - type arrays and anyOf/oneOf with "null" become `nullable`;
 *  - oneOf becomes anyOf, allOf is merged, const becomes a one-value enum;
 *  - enum survives only for strings, format only where Gemini knows it;
 *  - additionalProperties, $schema, default, examples, etc. are dropped.
 */
import type { JsonSchema } from '../types';
import { isRecord } from '../shared/json';
import type { GeminiSchema } from './wire';

type GeminiType = NonNullable<GeminiSchema['type']>;

const TYPES: Record<string, GeminiType> = {
  string: 'STRING',
  number: 'NUMBER',
  integer: 'INTEGER',
  boolean: 'BOOLEAN',
  array: 'ARRAY',
  object: 'OBJECT',
};

const FORMATS: Partial<Record<GeminiType, readonly string[]>> = {
  STRING: ['enum', 'date-time'],
  NUMBER: ['float', 'double'],
  INTEGER: ['int32', 'int64'],
};

const MAX_REF_DEPTH = 8;

type Definitions = Record<string, unknown>;

export function toGeminiSchema(schema: JsonSchema): GeminiSchema {
  const definitions: Definitions = {
    ...(isRecord(schema.definitions) ? schema.definitions : {}),
    ...(isRecord(schema.$defs) ? schema.$defs : {}),
  };
  return convert(schema, definitions, 0);
}

/** True when a schema describes an object with at least one property (Gemini rejects empty ones). */
export function hasProperties(schema: GeminiSchema): boolean {
  return schema.properties !== undefined && Object.keys(schema.properties).length > 0;
}

function convert(node: unknown, definitions: Definitions, refDepth: number): GeminiSchema {
  if (!isRecord(node)) return {};

  if (typeof node.$ref === 'string') {
    const target = lookupRef(node.$ref, definitions);
    if (!isRecord(target) || refDepth >= MAX_REF_DEPTH) return { type: 'OBJECT', description: describe(node) };
    const { $ref: _ref, ...siblings } = node;
    return convert({ ...target, ...siblings }, definitions, refDepth + 1);
  }

  const schema = Array.isArray(node.allOf) ? mergeAllOf(node, definitions) : node;

  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) return convertVariants(schema, variants, definitions, refDepth);

  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t): t is string => typeof t === 'string');
    return convertVariants(schema, types.map((type) => ({ ...schema, type })), definitions, refDepth);
  }

  return convertSingle(schema, definitions, refDepth);
}

function convertVariants(
  schema: Record<string, unknown>,
  variants: unknown[],
  definitions: Definitions,
  refDepth: number,
): GeminiSchema {
  const nonNull = variants.filter((variant) => !(isRecord(variant) && variant.type === 'null'));
  const nullable = nonNull.length < variants.length;
  const description = describe(schema);
  let out: GeminiSchema;
  const only = nonNull.length === 1 ? nonNull[0] : undefined;
  if (isRecord(only)) {
    const { anyOf: _a, oneOf: _o, ...outer } = schema;
    out = convert({ ...outer, ...only, type: only.type ?? outer.type }, definitions, refDepth);
  } else if (nonNull.length === 0) {
    out = { type: 'STRING' };
  } else {
    out = { anyOf: nonNull.map((variant) => convert(variant, definitions, refDepth)) };
    if (description) out.description = description;
  }
  if (nullable) out.nullable = true;
  return out;
}

function convertSingle(schema: Record<string, unknown>, definitions: Definitions, refDepth: number): GeminiSchema {
  const out: GeminiSchema = {};
  const type = resolveType(schema);
  if (type) out.type = type;
  if (schema.type === 'null') out.nullable = true;

  const title = typeof schema.title === 'string' ? schema.title : undefined;
  const description = describe(schema);
  if (title) out.title = title;
  if (description) out.description = description;

  const enumValues = stringEnum(schema);
  if (enumValues && (type === 'STRING' || type === undefined)) {
    out.type = 'STRING';
    out.enum = enumValues;
  }
  if (typeof schema.format === 'string' && out.type && FORMATS[out.type]?.includes(schema.format)) {
    out.format = schema.format;
  }

  copyNumbers(schema, out, ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties']);
  if (typeof schema.pattern === 'string') out.pattern = schema.pattern;

  if (isRecord(schema.items)) out.items = convert(schema.items, definitions, refDepth);
  if (isRecord(schema.properties)) {
    const properties: Record<string, GeminiSchema> = {};
    for (const [key, value] of Object.entries(schema.properties)) {
      properties[key] = convert(value, definitions, refDepth);
    }
    if (Object.keys(properties).length > 0) {
      out.properties = properties;
      const required = Array.isArray(schema.required)
        ? schema.required.filter((key): key is string => typeof key === 'string' && key in properties)
        : [];
      if (required.length > 0) out.required = required;
    }
  }
  return out;
}

function lookupRef(ref: string, definitions: Definitions): unknown {
  const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(ref)?.[1];
  return name === undefined ? undefined : definitions[name];
}

function resolveType(schema: Record<string, unknown>): GeminiType | undefined {
  if (typeof schema.type === 'string' && TYPES[schema.type]) return TYPES[schema.type];
  if (isRecord(schema.properties)) return 'OBJECT';
  if (isRecord(schema.items)) return 'ARRAY';
  if (typeof schema.const === 'string' || Array.isArray(schema.enum)) return 'STRING';
  return undefined;
}

function stringEnum(schema: Record<string, unknown>): string[] | undefined {
  if (typeof schema.const === 'string') return [schema.const];
  if (!Array.isArray(schema.enum)) return undefined;
  const values = schema.enum.filter((v): v is string => typeof v === 'string');
  return values.length === schema.enum.length && values.length > 0 ? values : undefined;
}

function describe(schema: Record<string, unknown>): string | undefined {
  return typeof schema.description === 'string' ? schema.description : undefined;
}

function copyNumbers(from: Record<string, unknown>, to: GeminiSchema, keys: ReadonlyArray<keyof GeminiSchema>): void {
  const target = to as Record<string, unknown>;
  for (const key of keys) {
    const value = from[key];
    if (typeof value === 'number') target[key] = value;
  }
}

/** Shallow merge of allOf members into one schema (properties and required are unioned). */
function mergeAllOf(schema: Record<string, unknown>, definitions: Definitions): Record<string, unknown> {
  const { allOf, ...rest } = schema;
  let merged: Record<string, unknown> = { ...rest };
  for (const entry of Array.isArray(allOf) ? allOf : []) {
    const member = isRecord(entry) && typeof entry.$ref === 'string' ? lookupRef(entry.$ref, definitions) : entry;
    if (!isRecord(member)) continue;
    const properties = { ...(isRecord(merged.properties) ? merged.properties : {}), ...(isRecord(member.properties) ? member.properties : {}) };
    const required = [...(Array.isArray(merged.required) ? merged.required : []), ...(Array.isArray(member.required) ? member.required : [])];
    merged = { ...member, ...merged, properties, required };
  }
  return merged;
}
