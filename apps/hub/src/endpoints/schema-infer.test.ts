import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { coversValue, inferSchema, mergeSchema, type JsonSchema } from './schema-infer.js';

const shape = (s: JsonSchema) => JSON.stringify(s, (k, v) => (k === 'x-seen' ? undefined : v));
const json = fc.jsonValue({ maxDepth: 4 });

test('coversValue is exactly "merging would not change the shape" (the inventory skips the merge on it)', () => {
  fc.assert(
    fc.property(fc.array(json, { minLength: 1, maxLength: 4 }), json, (seen, next) => {
      let schema = inferSchema(seen[0]);
      for (const v of seen.slice(1)) schema = mergeSchema(schema, inferSchema(v));
      const unchanged = shape(mergeSchema(schema, inferSchema(next))) === shape(schema);
      assert.equal(coversValue(schema, next), unchanged);
    }),
    { numRuns: 3_000 },
  );
});

test('keys a plain object treats specially (__proto__, constructor, toString) are properties like any other', () => {
  // What fast-check found: {"__proto__": {}} set the property map's prototype instead of adding a
  // property, so the schema lost the key and coversValue still "found" it.
  const body = JSON.parse('{"__proto__": {"a": 1}, "constructor": "x", "toString": 2}') as unknown;
  const schema = inferSchema(body);
  assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), ['__proto__', 'constructor', 'toString']);
  assert.deepEqual(schema.properties?.['__proto__']?.required, ['a']);
  assert.equal(coversValue(schema, body), true);
  // A schema without those keys does not cover a value that has them, before or after a JSON round trip.
  const plain = inferSchema({ a: 1 });
  for (const s of [plain, JSON.parse(JSON.stringify(plain)) as JsonSchema]) {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const value = JSON.parse(`{"a": 2, ${JSON.stringify(key)}: {}}`) as unknown;
      assert.equal(coversValue(s, value), false, key);
      const merged = mergeSchema(s, inferSchema(value));
      assert.ok(Object.hasOwn(merged.properties ?? {}, key), key);
      assert.equal(coversValue(merged, value), true, key);
    }
  }
  // The counterexample itself.
  const seen = inferSchema({});
  const next = JSON.parse('{"__proto__": {}}') as unknown;
  assert.equal(coversValue(seen, next), shape(mergeSchema(seen, inferSchema(next))) === shape(seen));
});
