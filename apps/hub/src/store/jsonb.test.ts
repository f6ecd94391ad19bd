import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { makeEntries } from '../test-support/entries.js';
import { JSONB_MAX_DEPTH, JsonbError, JsonbWriter } from './jsonb.js';

// The oracle: SQLite's own jsonb() of the same text, and json() of our blob back to text.
const db = new Database(':memory:');
const sqliteJsonb = db.prepare('SELECT jsonb(?) AS b').pluck();
const sqliteJson = db.prepare('SELECT json(?) AS t').pluck();

function ours(text: string): Buffer {
  const w = new JsonbWriter(16);
  const n = w.append(text);
  assert.equal(n, w.length);
  return Buffer.from(w.bytes());
}

function agrees(text: string): void {
  const mine = ours(text);
  const theirs = sqliteJsonb.get(text) as Buffer;
  assert.equal(mine.toString('hex'), theirs.toString('hex'), text.length > 200 ? `${text.slice(0, 200)}…` : text);
  assert.equal(sqliteJson.get(mine), sqliteJson.get(text));
}

/** A seeded generator (xorshift32): the same values on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const PIECES = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\u0001', '\u001f', '\u007f', 'é', 'ß', '€', '\u2028', '😀', '\ud800', '\udc00', 'x'.repeat(40), '中文'];

function randomValue(r: () => number, depth: number): unknown {
  const k = Math.floor(r() * (depth > 4 ? 5 : 8));
  switch (k) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2: {
      const forms = [0, -0, 1, -1, 42, 2 ** 53, -(2 ** 31), 1.5, -0.001, 1e21, 1e-7, 123456.789, 5e-324, 1.7976931348623157e308, Math.floor(r() * 1e6)];
      return forms[Math.floor(r() * forms.length)];
    }
    case 3:
    case 4: {
      let s = '';
      const n = Math.floor(r() * 8);
      for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
      return s;
    }
    case 5:
      return Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      const n = Math.floor(r() * 6);
      for (let i = 0; i < n; i++) o[String(randomValue(r, 99) ?? 'k') + i] = randomValue(r, depth + 1);
      return o;
    }
  }
}

describe('JSONB written in JS', () => {
  test('byte for byte what SQLite jsonb() makes of the bench and test entries', () => {
    for (const e of makeEntries(0, 300)) agrees(JSON.stringify(e));
  });

  test('scalars, escapes, non-ASCII, numbers of every form, empty and nested containers, whitespace', () => {
    const cases = [
      'null', 'true', 'false', '0', '-0', '12345678901234567890', '-3', '1.5', '1e+21', '1E5', '-1.25e-7', '""', '"abc"',
      '"q\\"x\\u0001"', '"\\/\\b\\f\\n\\r\\t"', '"é€😀"', '"é\\n"', '"\\ud800"', '"\\ud83d\\ude00"', '[]', '{}', '[[[]]]', '{"a":{"b":{"c":[1,2,{}]}}}',
      ' { "a" : [ 1 , 2 ] ,\n\t"b" : null } ', JSON.stringify('x'.repeat(300)), JSON.stringify('é'.repeat(40_000)),
      JSON.stringify(Array.from({ length: 5_000 }, (_, i) => i)), JSON.stringify({ k: 'v'.repeat(70_000) }),
      // Sizes at each header boundary (11/12, 255/256, 65535/65536 bytes of payload).
      ...[10, 11, 12, 254, 255, 256, 65_534, 65_535, 65_536].map((n) => JSON.stringify('a'.repeat(n))),
      ...[9, 10, 11, 253, 254, 255].map((n) => JSON.stringify(['a'.repeat(n)])),
    ];
    for (const c of cases) agrees(c);
  });

  test('5,000 random values (seeded), compact and indented', () => {
    const r = rng(20261123);
    for (let i = 0; i < 5_000; i++) {
      const v = randomValue(r, 0);
      agrees(JSON.stringify(v));
      if (i % 10 === 0) agrees(JSON.stringify(v, null, 2));
    }
  });

  test('several values in one buffer, each its own element', () => {
    const w = new JsonbWriter(8);
    const texts = makeEntries(0, 50).map((e) => JSON.stringify(e));
    const sizes = texts.map((t) => w.append(t));
    let at = 0;
    const all = Buffer.from(w.bytes());
    texts.forEach((t, i) => {
      assert.deepEqual(all.subarray(at, at + (sizes[i] as number)), sqliteJsonb.get(t));
      at += sizes[i] as number;
    });
    assert.equal(at, all.length);
  });

  test('nesting deeper than SQLite allows, and text that is not JSON, are refused and leave nothing behind', () => {
    const w = new JsonbWriter();
    w.append('[1]');
    const before = Buffer.from(w.bytes());
    const deep = '['.repeat(JSONB_MAX_DEPTH + 1) + ']'.repeat(JSONB_MAX_DEPTH + 1);
    assert.throws(() => w.append(deep), JsonbError);
    assert.throws(() => sqliteJsonb.get(deep), /malformed JSON/);
    // The deepest SQLite takes is taken here too.
    agrees('['.repeat(JSONB_MAX_DEPTH) + ']'.repeat(JSONB_MAX_DEPTH));
    // Not a validator (its input passed JSON.parse), but what it meets that cannot be translated is refused.
    for (const bad of ['', '[', '{"a"', '"open', 'tru', '[1,]x', '{"a":1}}', '-', '[}', '1 2']) assert.throws(() => w.append(bad), JsonbError, bad);
    assert.deepEqual(Buffer.from(w.bytes()), before);
  });
});
