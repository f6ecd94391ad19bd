import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complete } from './index.js';

const labels = (q: string, cursor?: number, values?: (f: string) => readonly string[]) => complete(q, cursor, values ? { values } : {}).map((c) => c.label);

describe('complete', () => {
  it('offers fields, macros and helpers at the start', () => {
    const l = labels('');
    for (const x of ['request.method', 'redis.command', 'http', 'error', 'len()', 'not']) assert.ok(l.includes(x), x);
  });
  it('filters by the word being typed, dotted paths included', () => {
    const l = labels('http and request.me');
    assert.deepEqual(l, ['request.method']);
    const c = complete('http and request.me')[0];
    assert.equal(c?.from, 9);
    assert.equal(c?.to, 19);
  });
  it('offers operators after a field', () => {
    const l = labels('response.status ');
    for (const x of ['==', '>=', 'contains', 'in', 'exists', 'and', 'or']) assert.ok(l.includes(x), x);
    assert.ok(!l.includes('request.method'));
  });
  it('offers values for the compared field', () => {
    const values = (f: string) => (f === 'dst.name' ? ['backend', 'frontend'] : []);
    assert.deepEqual(labels('dst.name == ', undefined, values), ['"backend"', '"frontend"']);
    assert.deepEqual(labels('dst.name == "fr', undefined, values), ['frontend']);
  });
  it('offers and/or after a complete comparison', () => {
    const l = labels('http and response.status >= 500 ');
    assert.ok(l.includes('and') && l.includes('or'));
  });
  it('uses the cursor, not the end', () => {
    assert.deepEqual(labels('redis.com and http', 9), ['redis.command']);
  });
  it('never throws on garbage', () => {
    for (const q of ['"', '#', '((((', 'a.b.c[', 'r"x']) complete(q);
  });
});
