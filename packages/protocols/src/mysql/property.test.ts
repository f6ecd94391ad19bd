// Property tests (fast-check): decoders and the session never throw on any input, consume no
// more than they are given, and a real conversation reads the same however it is split.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { binaryRow, parseExecute, textRow } from './binary.js';
import { detect } from './detect.js';
import { parsePacket } from './framing.js';
import { parseChangeUser, parseColumn, parseErr, parseGreeting, parseLogin, parseOk, parsePrepareOk } from './parse.js';
import { queryText } from './sql.js';
import {
  AUTH_OK, EXECUTE_INSERT, EXECUTE_INSERT_OK, GREETING, LOGIN, PREPARE_INSERT, PREPARE_INSERT_OK, cat, query, run, type Step,
} from './test-support/conv.js';

const bytes = fc.uint8Array({ maxLength: 600 });

test('decoders never throw; parsePacket consumes at most its input', () => {
  fc.assert(
    fc.property(bytes, fc.nat(20), (b, off) => {
      const r = parsePacket(b, Math.min(off, b.length));
      if (r.ok) assert.ok(r.consumed <= b.length - Math.min(off, b.length));
      else if (r.incomplete) assert.ok(r.needed > 0);
      parseGreeting(b);
      parseLogin(b);
      parseOk(b, 0);
      parseOk(b, 0x800000);
      parseErr(b);
      parseColumn(b);
      parsePrepareOk(b);
      parseChangeUser(b, 0);
      parseExecute(b, { query: 'q', params: 5 }, 0x8000000);
      textRow(b, 9, 64);
      binaryRow(b, [{ name: 'a', type: 12, flags: 0 }, { name: 'b', type: 11, flags: 0 }, { name: 'c', type: 8, flags: 0x20 }], 3, 64);
      queryText(b, 0x8000000);
      const d = detect(b);
      assert.ok(d === null || d === 'more' || d === 'client' || d === 'server');
    }),
    { numRuns: 3000 },
  );
});

test('the session never throws on random packets and bytes, in both directions', () => {
  const step = fc.oneof(
    fc.record({ dir: fc.constantFrom(0 as const, 1 as const), data: bytes }),
    fc.record({ gap: fc.constantFrom(0 as const, 1 as const), length: fc.integer({ min: 1, max: 5000 }) }),
  );
  fc.assert(
    fc.property(fc.array(step, { maxLength: 12 }), fc.integer({ min: 1, max: 64 }), (steps, split) => {
      const ctx = run([{ dir: 1, data: GREETING }, ...(steps as Step[])], { split });
      assert.ok(ctx.entries.length <= 1 + steps.length * 120);
    }),
    { numRuns: 500 },
  );
});

const CONVERSATION = [GREETING, LOGIN, AUTH_OK, PREPARE_INSERT, PREPARE_INSERT_OK, EXECUTE_INSERT, EXECUTE_INSERT_OK, query('SELECT 1')];
const DIRS: (0 | 1)[] = [1, 0, 1, 0, 1, 0, 1, 0];

test('a real conversation cut at random points reads the same', () => {
  const expected = run(CONVERSATION.map((data, i) => ({ dir: DIRS[i], data }))).entries.map((e) => [e.request, e.response, e.requestSize, e.responseSize]);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), (sizes) => {
      const steps: Step[] = [];
      CONVERSATION.forEach((data, i) => {
        let at = 0;
        let k = i;
        while (at < data.length) {
          const n = sizes[k++ % sizes.length];
          steps.push({ dir: DIRS[i], data: data.subarray(at, at + n) });
          at += n;
        }
      });
      const got = run(steps).entries.map((e) => [e.request, e.response, e.requestSize, e.responseSize]);
      assert.deepEqual(got, expected);
    }),
    { numRuns: 300 },
  );
});

test('a conversation with random bytes flipped never throws', () => {
  const all = cat(...CONVERSATION);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(all.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 10 }), (flips) => {
      const parts = CONVERSATION.map((p) => p.slice());
      for (const [at, v] of flips) {
        let o = at;
        for (const p of parts) {
          if (o < p.length) {
            p[o] = v;
            break;
          }
          o -= p.length;
        }
      }
      run(parts.map((data, i) => ({ dir: DIRS[i], data })));
    }),
    { numRuns: 1000 },
  );
});
