// Property tests of the scanner with fast-check: generated GraphQL documents scan exactly as
// graphql-js parses them (operation types, names, root fields, fragment count); mutated and random
// text never throws, and whatever the scanner accepts graphql-js reads the same way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { scanDocument } from './scan.js';
import { oracle } from './test-support/oracle.js';

const name = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,5}$/);
const notOn = name.filter((n) => n !== 'on');
/** Ignored tokens between tokens: spaces, commas, line breaks, comments. */
const ws = fc.constantFrom(' ', '  ', '\n', ',', ', ', '\t', ' # note { ( "\n', '\r\n');
const stringChar = fc.constantFrom('a', 'Z', ' ', 'é', '✓', '{', '}', '#', '\\n', '\\"', '\\\\', '\\u00e9', '\\u{1F600}', '"""');
// A quote right before the closing triple quote would close a block string early: quotes get a space after them.
const blockChar = fc.constantFrom('a', ' ', '\n', '" ', '"" ', '\\"""', '{', '#', '\\n');

const scalar = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.constantFrom('0', '-0', '1.5', '-2.25e10', '3E-2', 'true', 'false', 'null', 'RED'),
  fc.array(stringChar.filter((c) => c !== '"""'), { maxLength: 6 }).map((a) => `"${a.join('')}"`),
  fc.array(blockChar, { maxLength: 6 }).map((a) => `"""${a.join('')}"""`),
  name.map((n) => `$${n}`),
);
const { value } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 1, depthIdentifier: 'value' },
    scalar,
    fc.array(tie('value'), { maxLength: 2 }).map((a) => `[${a.join(' ')}]`),
    fc.array(fc.tuple(name, tie('value')), { maxLength: 2 }).map((a) => `{${a.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  ),
}));
const args = fc.array(fc.tuple(name, value), { minLength: 1, maxLength: 2 }).map((a) => `(${a.map(([k, v]) => `${k}: ${v}`).join(' ')})`);
const directives = fc.array(fc.tuple(name, fc.option(args)), { maxLength: 1 }).map((a) => a.map(([n, x]) => ` @${n}${x ?? ''}`).join(''));

interface Sel {
  text: string;
  /** The field name when this selection is a field. */
  field?: string;
}
const { selectionSet } = fc.letrec<{ selectionSet: string; selection: Sel }>((tie) => ({
  selection: fc.oneof(
    { maxDepth: 2, depthIdentifier: 'selection', withCrossShrink: true },
    fc.tuple(fc.option(name), name, fc.option(args), directives, fc.option(tie('selectionSet'))).map(([alias, n, a, d, sub]) => ({
      text: `${alias ? `${alias}: ` : ''}${n}${a ?? ''}${d}${sub ? ` ${sub}` : ''}`,
      field: n,
    })),
    fc.tuple(notOn, directives).map(([n, d]) => ({ text: `...${n}${d}` })),
    fc.tuple(fc.option(name), directives, tie('selectionSet')).map(([t, d, s]) => ({ text: `... ${t ? `on ${t}` : ''}${d} ${s}` })),
  ),
  selectionSet: fc.tuple(fc.array(fc.tuple(tie('selection'), ws), { minLength: 1, maxLength: 3 })).map(([sels]) => `{${sels.map(([s, w]) => `${w}${(s as Sel).text}`).join('')} }`),
}));
// Root selection sets keep their field names so the expected result is known without the oracle too.
const rootSet = fc.array(fc.tuple(fc.option(name), name, fc.option(args), fc.option(selectionSet), ws), { minLength: 1, maxLength: 4 });
const typeRef = fc.constantFrom('Int', 'String!', '[ID]', '[Float!]!', 'In');
const varDefs = fc.array(fc.tuple(name, typeRef, fc.option(scalar.filter((s) => !s.startsWith('$')))), { minLength: 1, maxLength: 3 }).map(
  (a) => `(${a.map(([n, t, d]) => `$${n}: ${t}${d ? ` = ${d}` : ''}`).join(', ')})`,
);
const operation = fc
  .tuple(fc.constantFrom('query', 'mutation', 'subscription', ''), fc.option(name), fc.option(varDefs), directives, rootSet)
  .map(([type, n, v, d, root]) => {
    const set = `{${root.map(([alias, f, a, sub, w]) => `${w}${alias ? `${alias}:` : ''}${f}${a ?? ''}${sub ? ` ${sub}` : ''}`).join('')} }`;
    return type === '' ? set : `${type}${n ? ` ${n}` : ''}${v ?? ''}${d} ${set}`;
  });
const fragment = fc.tuple(notOn, name, directives, selectionSet).map(([n, t, d, s]) => `fragment ${n} on ${t}${d} ${s}`);
const document = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: operation }, { weight: 1, arbitrary: fragment }), { minLength: 0, maxLength: 2 }), operation, fc.nat(4), ws)
  .map(([defs, op, at, w]) => {
    defs.splice(Math.min(at, defs.length), 0, op); // at least one operation
    return defs.join(w);
  });

test('generated documents: the scanner equals graphql-js parse', () => {
  fc.assert(
    fc.property(document, (doc) => {
      const expected = oracle(doc);
      assert.ok(expected, `the oracle parses ${JSON.stringify(doc)}`);
      assert.deepEqual(scanDocument(doc), expected);
    }),
    { numRuns: 600 },
  );
});

test('mutated documents: never throws; what the scanner accepts, graphql-js reads the same way', () => {
  let refusedValid = 0;
  let acceptedInvalid = 0;
  fc.assert(
    fc.property(document, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '{', '}', '(', ')', '"', '.', ':', '$', 'x', '#', '\n', '\\', '@')), { minLength: 1, maxLength: 3 }), (doc, edits) => {
      let text = doc;
      for (const [at, ch] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + ch + text.slice(i + (ch === '' ? 1 : 0));
      }
      const ours = scanDocument(text);
      const theirs = oracle(text);
      if (ours && theirs) {
        assert.equal(ours.operations[0].type, theirs.operations[0].type, text);
        assert.equal(ours.operations[0].name, theirs.operations[0].name, text);
      } else if (ours) acceptedInvalid++;
      else if (theirs) refusedValid++;
    }),
    { numRuns: 800 },
  );
  // The scanner skips nested arguments and selections as balanced tokens: it may accept a document
  // graphql-js refuses there (e.g. `a(x: )`). It must never refuse a valid one.
  console.log(`mutated documents: ${acceptedInvalid} accepted that graphql-js refuses (nested syntax), ${refusedValid} refused that it accepts`);
  assert.equal(refusedValid, 0);
});

test('random text never throws and is almost never GraphQL', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      const ours = scanDocument(text);
      if (ours) assert.ok(text.includes('{'), text);
    }),
    { numRuns: 3000 },
  );
});
