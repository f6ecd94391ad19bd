// Sessions: pairing by id and direction over UDP, framing over TCP (byte by byte equals one shot),
// gaps and bad lengths, bounds on pending queries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeContext } from '../http1/test-support/fake-context.js';
import { dnsDissector } from './index.js';
import { DNS_LIMITS } from './limits.js';
import { answerA, framed, msg, query } from './test-support/build.js';
import { runDns, type Step } from './test-support/session.js';

const q = (dir: 0 | 1, data: Uint8Array, ts?: number): Step => ({ dir, data, ts });
const pairs = (ctx: ReturnType<typeof runDns>) =>
  ctx.entries.map((e) => [(e.request as { name?: string; id?: number } | null)?.id ?? null, (e.response as { id?: number; rcode?: string } | null)?.id ?? null]);

describe('UDP session', () => {
  it('pairs a response with its query: entry shape, sizes, elapsed time', () => {
    const query1 = query('api.trawl.test', 1, 7);
    const answer = answerA('api.trawl.test', '10.1.2.3', 7);
    const ctx = runDns('udp', [q(0, query1, 1000), q(1, answer, 1002.5)]);
    assert.equal(ctx.entries.length, 1);
    const e = ctx.entries[0];
    assert.deepEqual(e.protocol, { name: 'dns', version: 'udp', abbr: 'DNS' });
    assert.deepEqual(e.request, { method: 'A', path: 'api.trawl.test', name: 'api.trawl.test', type: 'A', id: 7, opcode: 'QUERY', flags: { aa: false, tc: false, rd: true, ra: false, ad: false, cd: false } });
    assert.deepEqual(e.response, {
      status: 0,
      rcode: 'NOERROR',
      id: 7,
      flags: { aa: false, tc: false, rd: true, ra: true, ad: false, cd: false },
      name: 'api.trawl.test',
      type: 'A',
      answers: [{ name: 'api.trawl.test', type: 'A', ttl: 300, data: '10.1.2.3' }],
    });
    assert.deepEqual([e.timestamp, e.elapsedTime, e.requestSize, e.responseSize, e.anomalies], [1000, 2.5, query1.length, answer.length, undefined]);
  });

  it('is idle (the engine may forget the flow) exactly when no query waits for its response', () => {
    const session = dnsDissector.createSession(fakeContext());
    const feed = (dir: 0 | 1, data: Uint8Array) => session.feed(dir, data, { ts: 1000, offset: 0, peerAck: -1 });
    assert.equal(session.idle?.(), true);
    feed(0, query('a.test', 1, 1));
    feed(0, query('a.test', 1, 1)); // a retransmission: two wait
    assert.equal(session.idle?.(), false);
    feed(1, answerA('a.test', '1.1.1.1', 1));
    assert.equal(session.idle?.(), false, 'one still waits');
    feed(1, answerA('a.test', '1.1.1.1', 1));
    assert.equal(session.idle?.(), true);
    feed(1, answerA('b.test', '1.1.1.1', 9)); // unpaired response: nothing held
    assert.equal(session.idle?.(), true);
  });

  it('pairs out of order by id; prefers the same question; an answer from the same side does not pair', () => {
    const ctx = runDns('udp', [q(0, query('a.test', 1, 1)), q(0, query('b.test', 1, 2)), q(1, answerA('b.test', '1.1.1.1', 2)), q(0, answerA('a.test', '1.1.1.1', 1)), q(1, answerA('a.test', '2.2.2.2', 1))]);
    assert.deepEqual(pairs(ctx), [[2, 2], [null, 1], [1, 1]]);
    assert.deepEqual(ctx.entries[1].anomalies, ['unpaired']);
  });

  it('duplicate ids: each response takes the oldest matching query; an extra response is unpaired', () => {
    const ctx = runDns('udp', [q(0, query('a.test', 1, 5)), q(0, query('a.test', 1, 5)), q(1, answerA('a.test', '1.1.1.1', 5)), q(1, answerA('a.test', '1.1.1.1', 5)), q(1, answerA('a.test', '1.1.1.1', 5))]);
    assert.deepEqual(pairs(ctx), [[5, 5], [5, 5], [null, 5]]);
  });

  it('an unanswered query is emitted at close with response null; one-way mDNS too', () => {
    const ctx = runDns('udp', [q(0, query('a.test')), q(0, msg({ id: 0, flags: 0x8400, answers: [{ name: 'x.local', type: 1, rdata: [1, 2, 3, 4] }] }))]);
    assert.deepEqual(pairs(ctx), [[null, 0], [0x1234, null]]);
    assert.equal(ctx.entries[1].response, null);
    assert.equal(ctx.entries[1].elapsedTime, null);
  });

  it('a query older than the timeout is emitted unanswered when traffic moves on', () => {
    const ctx = runDns('udp', [q(0, query('a.test', 1, 1), 0), q(0, query('b.test', 1, 2), DNS_LIMITS.pendingTimeoutMs + 1)], { noClose: true });
    assert.deepEqual(pairs(ctx), [[1, null]]);
  });

  it('pending queries are bounded: the oldest leaves unanswered, counted', () => {
    const steps = Array.from({ length: DNS_LIMITS.maxPendingQueries + 3 }, (_, i) => q(0, query('a.test', 1, i)));
    const ctx = runDns('udp', steps, { noClose: true });
    assert.equal(ctx.entries.length, 3);
    assert.equal(ctx.counts.get('limit.dns.maxPendingQueries'), 3);
  });

  it('a datagram shorter than a header is counted, nothing else happens', () => {
    const ctx = runDns('udp', [q(0, Uint8Array.of(1, 2, 3))]);
    assert.deepEqual([ctx.entries.length, ctx.counts.get('dns.error.short_header')], [0, 1]);
  });

  it('a malformed record marks the entry', () => {
    const bad = msg({ flags: 0x8180, questions: [['a.test', 1]], answers: [{ name: 'a.test', type: 1, rdata: [1] }] });
    const ctx = runDns('udp', [q(0, query('a.test')), q(1, bad)]);
    assert.deepEqual(ctx.entries[0].anomalies, ['malformed']);
    assert.equal(ctx.counts.get('dns.error.bad_rdata.A'), 1);
  });
});

describe('TCP session', () => {
  const conv: Step[] = [
    q(0, Uint8Array.from([...framed(query('a.test', 1, 1)), ...framed(query('b.test', 28, 2))])),
    q(1, framed(answerA('b.test', '1.1.1.1', 2))),
    q(1, framed(answerA('a.test', '2.2.2.2', 1))),
  ];

  it('pipelined queries, responses out of order, version tcp, sizes include the length prefix', () => {
    const ctx = runDns('tcp', conv);
    assert.deepEqual(pairs(ctx), [[2, 2], [1, 1]]);
    assert.equal(ctx.entries[0].protocol.version, 'tcp');
    assert.equal(ctx.entries[1].requestSize, query('a.test', 1, 1).length + 2);
  });

  it('byte by byte equals one shot', () => {
    const one = runDns('tcp', conv);
    for (const split of [1, 2, 3, 7]) assert.deepEqual(runDns('tcp', conv, { split }).entries, one.entries, `split ${split}`);
  });

  it('a gap desynchronises the direction until a message start; the lost response leaves its query unanswered', () => {
    const a = framed(answerA('a.test', '2.2.2.2', 1));
    const ctx = runDns('tcp', [q(0, Uint8Array.from([...framed(query('a.test', 1, 1)), ...framed(query('b.test', 1, 2))])), q(1, a.subarray(0, 5)), { gap: 1, length: a.length - 5 }, q(1, a.subarray(3)), q(1, framed(answerA('b.test', '1.1.1.1', 2)))]);
    assert.deepEqual(pairs(ctx), [[2, 2], [1, null]]);
    assert.equal(ctx.counts.get('dns.resync'), 1);
    assert.equal(ctx.counts.get('dns.truncated_message'), 1);
  });

  it('a length shorter than a header loses framing; the stream resumes at the next message', () => {
    const ctx = runDns('tcp', [q(0, Uint8Array.of(0, 3, 1, 2, 3)), q(0, framed(query('a.test', 1, 9))), q(1, framed(answerA('a.test', '1.1.1.1', 9)))]);
    assert.deepEqual(pairs(ctx), [[9, 9]]);
    assert.equal(ctx.counts.get('dns.error.bad_length'), 1);
  });
});
