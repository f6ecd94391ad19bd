// Properties over arbitrary input: the decoder and both sessions never throw, the TCP framer hands
// out messages that fit what it was given, and splitting a TCP stream anywhere changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseMessage } from './parse.js';
import { readName } from './name.js';
import { TcpFramer } from './tcp-framing.js';
import { answerA, framed, msg, query } from './test-support/build.js';
import { runDns } from './test-support/session.js';

const bytes = fc.uint8Array({ minLength: 0, maxLength: 400 });
/** Real messages with bytes flipped: exercises the deep paths random bytes never reach. */
const mutated = fc
  .tuple(fc.constantFrom(query('a.b.test', 28), answerA('x.test', '1.2.3.4'), msg({ flags: 0x8180, questions: [['t.test', 16]], answers: [{ name: 't.test', type: 65, rdata: [0, 1, 0, 0, 1, 0, 3, 2, 0x68, 0x32] }] })), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }))
  .map(([m, flips]) => {
    const out = m.slice();
    for (const [i, v] of flips) out[i % out.length] = v;
    return out;
  });

describe('properties', () => {
  it('parseMessage never throws and keeps its bounds', () => {
    fc.assert(
      fc.property(fc.oneof(bytes, mutated), (b) => {
        const r = parseMessage(b);
        if (r.ok) {
          assert.ok(r.message.questions.length <= 16 && r.message.answers.length <= 100);
          assert.equal(r.message.size, b.length);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('readName never throws, at any offset, and `next` stays inside the message', () => {
    fc.assert(
      fc.property(bytes, fc.nat(), (b, o) => {
        const r = readName(b, o % (b.length + 1));
        if (r.ok) assert.ok(r.next <= b.length);
      }),
    );
  });

  it('UDP session: any datagrams, either way, never throw', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(0 as const, 1 as const), fc.oneof(bytes, mutated)), { maxLength: 8 }), (steps) => void runDns('udp', steps.map(([dir, data]) => ({ dir, data })))));
  });

  it('TCP framer: messages handed out fit the input (consumed ≤ input), never throws', () => {
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 6 }), (chunks) => {
        let out = 0;
        const f = new TcpFramer((m) => (out += m.length + 2), () => {});
        let total = 0;
        for (const c of chunks) {
          f.feed(c, 0);
          total += c.length;
        }
        f.end();
        assert.ok(out <= total);
      }),
    );
  });

  it('TCP session: splitting the stream anywhere gives the same entries', () => {
    const stream = Uint8Array.from([...framed(query('a.test', 1, 1)), ...framed(query('b.test', 28, 2)), ...framed(query('c.test', 15, 3))]);
    const answers = Uint8Array.from([...framed(answerA('b.test', '1.1.1.1', 2)), ...framed(answerA('a.test', '2.2.2.2', 1))]);
    const whole = runDns('tcp', [{ dir: 0, data: stream }, { dir: 1, data: answers }]).entries;
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), (split) => assert.deepEqual(runDns('tcp', [{ dir: 0, data: stream }, { dir: 1, data: answers }], { split }).entries, whole)));
  });
});
