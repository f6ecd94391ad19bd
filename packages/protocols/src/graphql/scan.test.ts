// The document scanner: table-driven documents checked against graphql-js's `parse` (the oracle),
// documents it must refuse, every truncated prefix, and its bounds.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getIntrospectionQuery } from 'graphql';
import { Lexer, Tok } from './lexer.js';
import { scanDocument } from './scan.js';
import { oracle } from './test-support/oracle.js';

const AGREE: string[] = [
  '{ a }',
  '{a}',
  '\ufeff{ a }',
  'query { a b: c(x: 1) { d } ...F ... on T { e } }',
  'query Q($x: Int = 3, $y: [String!]! @dir) @d(a: {b: [1, 2]}) { hero(id: $x) { name } }',
  'mutation M { add(input: {}) { id } } fragment F on T { a }',
  'subscription S { s }',
  '# comment\nquery   Q,,{ a, b,, c }',
  '{ a(s: """block "quoted" \\""" still""") }',
  '{ a(s: "esc \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9") }',
  '{ a(f: -1.5e+10, g: 0, h: 0.25E-3, i: -0) }',
  'query Q { a } query R { b } mutation { c }',
  '{ a } { b }',
  '{ a ... @include(if: true) { b } ...Spread @skip(if: false) }',
  'query on { on: on(on: on) { on } }',
  'fragment A on T { x } query Q { ...A y } fragment B on U @d { z }',
  'query Q($v: In = {a: [{b: 1}]}) { a(x: [1, "2", true, null, ENUM, $v]) }',
  '{\n  a\r\n  b\r  c\t}',
  'query Unicode { a(s: "héllo ✓ \\u{1F600}") }',
  // What GraphQL tools send first: a long document with three fragments.
  getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
];

const REFUSE: [string, string][] = [
  ['', 'empty'],
  ['   # only a comment', 'no definition'],
  ['hello world', 'plain words'],
  ['red shoes', 'a search string'],
  ['SELECT * FROM users WHERE id = 1', 'SQL'],
  ['query', 'keyword alone'],
  ['query Q', 'no selection set'],
  ['{}', 'empty selection set (graphql-js 17 accepts it; the spec does not)'],
  ['{ a', 'unterminated'],
  ['{ a }}', 'extra closer'],
  ['{ a(x: 1] }', 'mismatched bracket'],
  ['{ a(s: "unterminated) }', 'unterminated string'],
  ['{ a(s: "line\nbreak") }', 'line break in a string'],
  ['{ a(s: "\\q") }', 'bad escape'],
  ['{ a(s: "\\u12") }', 'short unicode escape'],
  ['{ a(x: 01) }', 'leading zero'],
  ['{ a(x: 1.) }', 'bad float'],
  ['{ a(x: 1x) }', 'name right after a number'],
  ['{ a ; b }', 'character outside the grammar'],
  ['{ a . b }', 'a lone dot'],
  ['fragment F on T { a }', 'fragments only'],
  ['fragment on on T { a }', 'fragment named on'],
  ['type Query { a: Int }', 'schema definition'],
  ['"""desc""" type X { a: Int }', 'described type'],
  ['schema { query: Q }', 'schema'],
  ['extend type X { b: Int }', 'extension'],
  ['query Q($x) { a }', 'variable without a type'],
  ['query Q(x: Int) { a }', 'variable without $'],
  ['{ ...  }', 'spread of nothing'],
  ['{ a: }', 'alias of nothing'],
  ['{"query": "{ a }"}', 'JSON, not a document'],
  ['[1, 2, 3]', 'a JSON array'],
  ['<html><body>{ a }</body></html>', 'HTML'],
  ['query Q { a } garbage', 'trailing junk'],
];

describe('scanDocument agrees with graphql-js parse', () => {
  for (const doc of AGREE) {
    test(JSON.stringify(doc), () => {
      const expected = oracle(doc);
      assert.ok(expected, 'the oracle parses it');
      assert.deepEqual(scanDocument(doc), expected);
    });
  }
});

describe('scanDocument refuses what is not an executable document', () => {
  for (const [doc, why] of REFUSE) {
    test(why, () => assert.equal(scanDocument(doc), null));
  }
});

test('every truncated prefix: never throws, and anything accepted agrees with the oracle', () => {
  for (const doc of AGREE) {
    for (let n = 0; n <= doc.length; n++) {
      const prefix = doc.slice(0, n);
      const ours = scanDocument(prefix);
      if (ours === null) continue;
      assert.deepEqual(ours, oracle(prefix), `prefix ${JSON.stringify(prefix)}`);
    }
  }
});

test('the token budget stops the scan but keeps the first operation', () => {
  const doc = `query Big { a ${'b '.repeat(100)} }`;
  assert.deepEqual(scanDocument(doc, { maxTokens: 10 }), { operations: [{ type: 'query', name: 'Big', rootFields: ['a', 'b', 'b', 'b', 'b', 'b'] }], fragments: 0, complete: false });
  // Before the first operation's head is complete nothing is claimed.
  assert.equal(scanDocument('query Big { a }', { maxTokens: 1 }), null);
  assert.equal(scanDocument(doc)?.complete, true);
});

test('deep nesting is bounded, not recursive', () => {
  const deep = `{ a${' { a'.repeat(10_000)}${' }'.repeat(10_000)} }`;
  const r = scanDocument(deep);
  assert.ok(r);
  assert.equal(r.complete, false);
  assert.deepEqual(r.operations[0].rootFields, ['a']);
  const args = `{ a(x: ${'['.repeat(100_000)}) }`;
  assert.equal(scanDocument(args)?.complete, false);
});

test('root fields are bounded', () => {
  const r = scanDocument(`{ ${Array.from({ length: 200 }, (_, i) => `f${i}`).join(' ')} }`);
  assert.equal(r?.operations[0].rootFields.length, 64);
});

describe('lexer', () => {
  const kinds = (text: string): [number, string][] => {
    const lx = new Lexer(text);
    const out: [number, string][] = [];
    for (let i = 0; i < 100 && lx.next() !== Tok.EOF; i++) {
      out.push([lx.kind, text.slice(lx.start, lx.end)]);
      if (lx.kind === Tok.Error) break;
    }
    return out;
  };
  test('tokens, ignored characters and comments', () => {
    assert.deepEqual(kinds('query Q($a:Int=-1.5e3){...on #c\n T@d}'), [
      [Tok.Name, 'query'],
      [Tok.Name, 'Q'],
      [Tok.Punct, '('],
      [Tok.Punct, '$'],
      [Tok.Name, 'a'],
      [Tok.Punct, ':'],
      [Tok.Name, 'Int'],
      [Tok.Punct, '='],
      [Tok.Number, '-1.5e3'],
      [Tok.Punct, ')'],
      [Tok.Punct, '{'],
      [Tok.Punct, '...'],
      [Tok.Name, 'on'],
      [Tok.Name, 'T'],
      [Tok.Punct, '@'],
      [Tok.Name, 'd'],
      [Tok.Punct, '}'],
    ]);
  });
  test('strings and block strings', () => {
    assert.deepEqual(kinds('"a\\"b" """x\n"y" \\""" z"""'), [
      [Tok.String, '"a\\"b"'],
      [Tok.String, '"""x\n"y" \\""" z"""'],
    ]);
    assert.deepEqual(kinds('"""never closed'), [[Tok.Error, '"""never closed']]);
    assert.deepEqual(kinds('"ctl\u0001"'), [[Tok.Error, '"ctl']]);
  });
  test('an error ends the token stream', () => {
    const lx = new Lexer('a ~ b');
    assert.equal(lx.next(), Tok.Name);
    assert.equal(lx.next(), Tok.Error);
    assert.equal(lx.next(), Tok.EOF);
  });
});
