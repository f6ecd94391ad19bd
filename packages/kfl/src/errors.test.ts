/** Every error names what was expected and where; random input only ever yields KflError. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { KflError, parse } from './index.js';

const CASES: [string, string, { line: number; column: number; offset: number; length: number }][] = [
  ['request.method ==', 'expected a value after "==" at 1:18', { line: 1, column: 18, offset: 17, length: 0 }],
  ['response.status >= ', 'expected a value after ">=" at 1:20', { line: 1, column: 20, offset: 19, length: 0 }],
  ['http and', 'expected a value after "and" at 1:9', { line: 1, column: 9, offset: 8, length: 0 }],
  ['http foo', 'expected and, or, an operator or the end of the query after "http", found "foo" at 1:6', { line: 1, column: 6, offset: 5, length: 3 }],
  ['(http', 'expected ")" after "http" at 1:6', { line: 1, column: 6, offset: 5, length: 0 }],
  ['foo', 'unknown macro or field "foo" at 1:1', { line: 1, column: 1, offset: 0, length: 3 }],
  ['http and\n  slow', 'unknown macro or field "slow" at 2:3', { line: 2, column: 3, offset: 11, length: 4 }],
  ['frob(1)', 'unknown function "frob" (known: now, seconds, minutes, hours, days, datetime, len, lower, upper, json, limit, exists) at 1:1', { line: 1, column: 1, offset: 0, length: 4 }],
  ['request.path == "abc', 'unterminated string at 1:17', { line: 1, column: 17, offset: 16, length: 4 }],
  ['request.path == "a\\qb"', 'unknown escape "\\q" in string (for a regex write r"...") at 1:19', { line: 1, column: 19, offset: 18, length: 2 }],
  ['request.path matches "^(a+)+$"', 'nested quantifier in regex (like (a+)+ or (a|b)*) can take exponential time at 1:22', { line: 1, column: 22, offset: 21, length: 9 }],
  ['request.path.matches("(a|b)*c")', 'nested quantifier in regex (like (a+)+ or (a|b)*) can take exponential time at 1:22', { line: 1, column: 22, offset: 21, length: 9 }],
  ['request.path matches r"(a+)+"', 'nested quantifier in regex (like (a+)+ or (a|b)*) can take exponential time at 1:22', { line: 1, column: 22, offset: 21, length: 8 }],
  ['request.path == r"(ab"', 'bad regex: /(ab/: Unterminated group at 1:17', { line: 1, column: 17, offset: 16, length: 6 }],
  ['request.path matches r"(a)\\1"', 'backreferences are not allowed in regexes at 1:22', { line: 1, column: 22, offset: 21, length: 8 }],
  ['request.path # 1', 'unexpected character "#" at 1:14', { line: 1, column: 14, offset: 13, length: 1 }],
  ['foo.bar == 1', 'unknown field "foo.bar": fields start with request, response, src, dst, protocol, … or a protocol name like redis at 1:1', { line: 1, column: 1, offset: 0, length: 3 }],
  ['request.path.frob("x")', 'unknown method "frob" (known: contains, startsWith, endsWith, matches) at 1:14', { line: 1, column: 14, offset: 13, length: 4 }],
  ['http or limit(5)', 'limit() must be joined to the query with and at the top level at 1:9', { line: 1, column: 9, offset: 8, length: 8 }],
  ['response.status == 200 == 1', 'expected and, or, an operator or the end of the query after "200", found "==" at 1:24', { line: 1, column: 24, offset: 23, length: 2 }],
  ['"abc"', 'expected a condition, found a value (compare it with ==, !=, <, >, contains, in …) at 1:1', { line: 1, column: 1, offset: 0, length: 5 }],
  ['request.path contains r"a"', 'contains needs a string, not a regex (use matches) at 1:23', { line: 1, column: 23, offset: 22, length: 4 }],
  ['datetime("yesterday") < timestamp', 'datetime() needs an ISO date string like "2026-01-31T10:00:00Z" at 1:10', { line: 1, column: 10, offset: 9, length: 11 }],
];

describe('errors', () => {
  for (const [query, message, position] of CASES) {
    it(query.replace(/\n/g, '\\n'), () => {
      assert.throws(() => parse(query), (e: unknown) => {
        assert.ok(e instanceof KflError);
        assert.equal(e.message, message);
        assert.deepEqual(e.position, position);
        return true;
      });
    });
  }

  it('lists what was expected', () => {
    try {
      parse('request.method ==');
      assert.fail('no error');
    } catch (e) {
      assert.ok(e instanceof KflError);
      assert.ok(e.expected?.includes('a string'));
      assert.ok(e.expected?.includes('a number'));
    }
  });

  it('bad user macros are reported where they are used', () => {
    assert.throws(() => parse('http and slow', { macros: { slow: 'response.latency >' } }), /in macro "slow" \("response.latency >"\): expected a value after ">" at 1:10/);
    assert.throws(() => parse('a', { macros: { a: 'b', b: 'a' } }), /refers to itself/);
    assert.throws(() => parse('request', { macros: { request: 'http' } }), KflError);
  });

  it('unknown fields under known roots are fine', () => {
    parse('request.whatever.deep == 1 and src.nope and redis.unknownThing exists');
  });

  it('random strings only ever give KflError, quickly', () => {
    const alphabet = fc.constantFrom(...'abcrs.()[]"\'\\*!=<>&|-+,0123456789 \n'.split(''), 'and ', 'or ', 'not ', 'http', 'request', 'in ', 'exists', 'r"', 'contains ', 'json(', 'len(', 'now()');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.array(alphabet, { maxLength: 25 }).map((a) => a.join(''))), (s) => {
        const t = Date.now();
        try {
          parse(s);
        } catch (e) {
          if (!(e instanceof KflError)) throw e;
          assert.ok(!e.message.startsWith('internal error'), e.message);
          assert.ok(e.position.offset >= 0 && e.position.offset <= s.length);
        }
        assert.ok(Date.now() - t < 500, 'slow parse');
      }),
      { numRuns: 5000 },
    );
  });
});
