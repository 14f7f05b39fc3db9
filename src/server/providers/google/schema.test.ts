import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toGeminiSchema } from './schema';

describe('JSON Schema → Gemini schema', () => {
  test('types are upper-cased and unsupported keywords dropped', () => {
    assert.deepEqual(
      toGeminiSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', title: 'T', additionalProperties: false, properties: { n: { type: 'integer', minimum: 0, default: 3, examples: [1] } } }),
      { type: 'OBJECT', title: 'T', properties: { n: { type: 'INTEGER', minimum: 0 } } },
    );
  });

  test('$ref into $defs and definitions is inlined, sibling description kept', () => {
    assert.deepEqual(
      toGeminiSchema({
        type: 'object',
        properties: { home: { $ref: '#/$defs/Address', description: 'Home address' }, work: { $ref: '#/definitions/Address' } },
        $defs: { Address: { type: 'object', properties: { street: { type: 'string' } }, required: ['street'] } },
        definitions: { Address: { type: 'object', properties: { street: { type: 'string' } } } },
      }),
      {
        type: 'OBJECT',
        properties: {
          home: { type: 'OBJECT', description: 'Home address', properties: { street: { type: 'STRING' } }, required: ['street'] },
          work: { type: 'OBJECT', properties: { street: { type: 'STRING' } }, required: ['street'] },
        },
      },
    );
  });

  test('recursive references are cut off instead of looping', () => {
    const schema = toGeminiSchema({ $ref: '#/$defs/Node', $defs: { Node: { type: 'object', properties: { child: { $ref: '#/$defs/Node' } } } } });
    assert.equal(schema.type, 'OBJECT');
    assert.ok(JSON.stringify(schema).length < 5000);
  });

  test('nullable unions: type arrays and anyOf with null', () => {
    assert.deepEqual(toGeminiSchema({ type: ['string', 'null'], description: 'd' }), { type: 'STRING', description: 'd', nullable: true });
    assert.deepEqual(toGeminiSchema({ anyOf: [{ type: 'integer' }, { type: 'null' }], description: 'n' }), { type: 'INTEGER', description: 'n', nullable: true });
  });

  test('oneOf → anyOf; multi-type arrays become anyOf', () => {
    assert.deepEqual(toGeminiSchema({ oneOf: [{ type: 'string' }, { type: 'number' }] }), { anyOf: [{ type: 'STRING' }, { type: 'NUMBER' }] });
    assert.deepEqual(toGeminiSchema({ type: ['string', 'integer'] }), { anyOf: [{ type: 'STRING' }, { type: 'INTEGER' }] });
  });

  test('enums survive only for strings; const becomes a one-value enum', () => {
    assert.deepEqual(toGeminiSchema({ type: 'string', enum: ['a', 'b'] }), { type: 'STRING', enum: ['a', 'b'] });
    assert.deepEqual(toGeminiSchema({ type: 'integer', enum: [1, 2] }), { type: 'INTEGER' });
    assert.deepEqual(toGeminiSchema({ const: 'fixed' }), { type: 'STRING', enum: ['fixed'] });
  });

  test('formats only where Gemini knows them', () => {
    assert.deepEqual(toGeminiSchema({ type: 'string', format: 'date-time' }), { type: 'STRING', format: 'date-time' });
    assert.deepEqual(toGeminiSchema({ type: 'string', format: 'email' }), { type: 'STRING' });
  });

  test('allOf members are merged', () => {
    assert.deepEqual(
      toGeminiSchema({ allOf: [{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { properties: { b: { type: 'boolean' } } }] }),
      { type: 'OBJECT', properties: { a: { type: 'STRING' }, b: { type: 'BOOLEAN' } }, required: ['a'] },
    );
  });

  test('arrays, required filtering, empty objects lose properties', () => {
    assert.deepEqual(
      toGeminiSchema({ type: 'object', properties: { tags: { type: 'array', items: { type: 'string' }, maxItems: 3 }, meta: { type: 'object', properties: {} } }, required: ['tags', 'ghost'] }),
      { type: 'OBJECT', properties: { tags: { type: 'ARRAY', items: { type: 'STRING' }, maxItems: 3 }, meta: { type: 'OBJECT' } }, required: ['tags'] },
    );
  });
});
