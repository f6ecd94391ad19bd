import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complete, type Completion } from './index.js';

const VALUES: Record<string, string[]> = { 'dst.name': ['backend', 'frontend', "o'neil"], 'response.status': ['200', '503'] };
const values = (f: string) => VALUES[f] ?? [];

/** `|` marks the cursor (default: the end). */
function at(marked: string): [string, number] {
  const i = marked.indexOf('|');
  return i < 0 ? [marked, marked.length] : [marked.slice(0, i) + marked.slice(i + 1), i];
}
const run = (marked: string): Completion[] => {
  const [q, cursor] = at(marked);
  return complete(q, cursor, { values, macros: { slow: 'response.latency > 1000' } });
};
const find = (cs: Completion[], label: string) => cs.find((c) => c.label === label);

interface Case {
  query: string;
  /** Labels that must be offered, each with [from, to] and optionally the insert text. */
  has: [label: string, from: number, to: number, insert?: string][];
  /** Labels that must not be offered. */
  not?: string[];
  /** The complete list of labels, when it is short. */
  exactly?: string[];
}

const CASES: Case[] = [
  // Fields by prefix, nested paths included.
  { query: 'request.', has: [['request.method', 0, 8], ['request.path', 0, 8], ['request.headers', 0, 8], ['request.headers["…"]', 0, 8, 'request.headers["'], ['request.body.size', 0, 8]], not: ['response.status', 'http', 'len()'] },
  { query: 'redis.', exactly: ['redis.command', 'redis.key', 'redis.args', 'redis.response', 'redis.hit', 'redis.error'], has: [['redis.command', 0, 6]] },
  { query: 'http and request.me', exactly: ['request.method'], has: [['request.method', 9, 19]] },
  { query: 'http and req|uest.path == "/"', has: [['request.path', 9, 21], ['requestSize', 9, 21]], not: ['http'] },
  { query: 'redis.com| and http', exactly: ['redis.command'], has: [['redis.command', 0, 9]] },
  { query: 'REQ', has: [['request.method', 0, 3]] },
  { query: 'response.headers.se', has: [['response.headers.server', 0, 19], ['response.headers["set-cookie"]', 0, 19, 'response.headers["set-cookie"]']] },
  // Header names inside headers["…"]: the string (and its "]) is replaced.
  { query: 'request.headers["', has: [['content-type', 16, 17, '"content-type"]'], ['authorization', 16, 17], ['user-agent', 16, 17], ['x-request-id', 16, 17]] },
  { query: 'request.headers["us', exactly: ['user-agent'], has: [['user-agent', 16, 19, '"user-agent"]']] },
  { query: 'http and request.headers["us|er"] exists', exactly: ['user-agent'], has: [['user-agent', 25, 32, '"user-agent"]']] },
  { query: "request.headers['x-r", exactly: ['x-request-id', 'x-real-ip'], has: [['x-request-id', 16, 20, "'x-request-id']"]] },
  { query: 'response.headers["se|"] == "x"', exactly: ['set-cookie', 'server'], has: [['server', 17, 22, '"server"]']] },
  // Operators after a complete field.
  { query: 'response.status ', has: [['==', 16, 16], ['>=', 16, 16], ['contains', 16, 16], ['in', 16, 16], ['exists', 16, 16], ['and', 16, 16]], not: ['request.method', 'http'] },
  { query: 'response.status', has: [['response.statusText', 0, 15], ['==', 15, 15, ' =='], ['exists', 15, 15, ' exists']] },
  { query: 'response.status >', exactly: ['>='], has: [['>=', 16, 17]] },
  { query: 'response.status =| 5', exactly: ['=='], has: [['==', 16, 17]] },
  { query: 'len(request.path) ', has: [['>', 18, 18]] },
  { query: 'request.headers["x"] ', has: [['contains', 21, 21], ['exists', 21, 21]] },
  { query: '(http or redis) ', exactly: ['and', 'or'], has: [['and', 16, 16]] },
  // Values after an operator, quoted properly.
  { query: 'dst.name == ', has: [['"backend"', 12, 12, '"backend"'], ['"o\'neil"', 12, 12], ['now()', 12, 12], ['null', 12, 12]], not: ['http', 'request.method', 'len()'] },
  { query: 'dst.name == "fr', exactly: ['frontend'], has: [['frontend', 12, 15, '"frontend"']] },
  { query: 'dst.name == "fr|" and http', exactly: ['frontend'], has: [['frontend', 12, 16, '"frontend"']] },
  { query: "dst.name == 'o", exactly: ["o'neil"], has: [["o'neil", 12, 14, "'o\\'neil'"]] },
  { query: 'dst.name == ba', exactly: ['"backend"'], has: [['"backend"', 12, 14, '"backend"']] },
  { query: 'response.status >= ', has: [['200', 19, 19, '200'], ['503', 19, 19, '503']] },
  { query: 'dst.name in ["backend", ', has: [['"frontend"', 24, 24]] },
  { query: 'dst.name in ["backend", "f', exactly: ['frontend'], has: [['frontend', 24, 26, '"frontend"']] },
  { query: 'http and dst.name != | and redis', has: [['"backend"', 21, 21]] },
  { query: 'timestamp > ', has: [['now()', 12, 12, 'now()'], ['hours()', 12, 12, 'hours(']], not: ['http'] },
  // Macros and helpers at the start of a term.
  { query: '', has: [['request.method', 0, 0], ['redis.command', 0, 0], ['http', 0, 0], ['error', 0, 0], ['len()', 0, 0, 'len('], ['not', 0, 0], ['slow', 0, 0]], not: ['==', 'and', 'now()'] },
  { query: 'http and ', has: [['http', 9, 9], ['grpc', 9, 9], ['lower()', 9, 9], ['request.path', 9, 9]], not: ['and', '=='] },
  { query: 'http or not ti', has: [['timeout', 12, 14], ['timestamp', 12, 14]] },
  { query: 'le| and http', exactly: ['len()'], has: [['len()', 0, 2, 'len(']] },
  { query: 'red', has: [['redis', 0, 3], ['redis.command', 0, 3]] },
  // and / or after a complete comparison.
  { query: 'http and response.status >= 500 ', exactly: ['and', 'or'], has: [['and', 32, 32, 'and']] },
  { query: 'http and response.status >= 500', exactly: ['and', 'or'], has: [['or', 31, 31, ' or']] },
  { query: 'http an', exactly: ['and'], has: [['and', 5, 7]] },
  { query: 'dst.name == "a" o', exactly: ['or'], has: [['or', 16, 17]] },
  { query: 'http | dst.name == "x"', has: [['and', 5, 5], ['or', 5, 5]], not: ['http'] },
];

describe('complete', () => {
  for (const c of CASES) {
    it(c.query || '(empty)', () => {
      const cs = run(c.query);
      const labels = cs.map((x) => x.label);
      if (c.exactly) assert.deepEqual(labels, c.exactly);
      for (const [label, from, to, insert] of c.has) {
        const got = find(cs, label);
        assert.ok(got, `${label} in ${JSON.stringify(labels)}`);
        assert.deepEqual([got.from, got.to], [from, to], label);
        if (insert !== undefined) assert.equal(got.insert, insert, label);
      }
      for (const label of c.not ?? []) assert.ok(!labels.includes(label), `unexpected ${label}`);
    });
  }

  it('applying a completion gives a query that parses', async () => {
    const { parse } = await import('./index.js');
    for (const [marked, label, tail] of [
      ['request.headers["us|er"] exists', 'user-agent', ''],
      ['dst.name == "fr', 'frontend', ''],
      ["dst.name == 'o", "o'neil", ''],
      ['response.status', '>=', ' 1'],
      ['http and response.status >= 500', 'and', ' redis'],
      ['redis.com| == "GET" and http', 'redis.command', ''],
    ] as const) {
      const [q, cursor] = at(marked);
      const c = find(complete(q, cursor, { values }), label);
      assert.ok(c, `${label} for ${marked}`);
      const applied = q.slice(0, c.from) + c.insert + q.slice(c.to) + tail;
      assert.doesNotThrow(() => parse(applied), applied);
    }
  });

  it('never throws on garbage, and clamps the cursor', () => {
    for (const q of ['"', '#', '((((', 'a.b.c[', 'r"x', 'x > 5s', '"a".', 'a == "b\\', ']]', 'in [', '!', '&&']) {
      for (let i = -1; i <= q.length + 1; i++) complete(q, i, { values });
    }
  });
});
