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
