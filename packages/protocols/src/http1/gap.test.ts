import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PartialEntry } from '../engine/types.js';
import type { HttpRequest, HttpResponse } from '../entry/types.js';
import { req, res, run, type Step } from './test-support/fake-context.js';

const rq = (e: PartialEntry): HttpRequest => e.request as unknown as HttpRequest;
const rs = (e: PartialEntry): HttpResponse => e.response as unknown as HttpResponse;
const GET = (path: string): string => `GET ${path} HTTP/1.1\r\nHost: h\r\n\r\n`;
const OK = (body: string): string => `HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`;

test('gap inside a Content-Length body: the body counts it as missing, the stream stays in sync', () => {
  const head = 'HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n';
  const ctx = run([req(GET('/a')), res(head + 'abcde'), { gap: 1, length: 10 }, res('vwxyz'), req(GET('/b')), res(OK('next'))]);
  const e = ctx.entries;
  assert.equal(e.length, 2);
  const body = rs(e[0]).body!;
  assert.deepEqual([body.text, body.size, body.captured, body.missing, body.truncated], ['abcdevwxyz', 20, 10, 10, true]);
  assert.deepEqual(e[0].anomalies, ['gap']);
  assert.equal(e[0].responseSize, head.length + 20);
  assert.equal(rq(e[1]).path, '/b');
  assert.equal(rs(e[1]).body!.text, 'next');
});

test('gap inside a known chunk stays in sync', () => {
  const ctx = run([
    req(GET('/c')),
    res('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\n01'),
    { gap: 1, length: 5 },
    res('789\r\n0\r\n\r\n'),
    req(GET('/d')),
    res(OK('d')),
  ]);
  assert.equal(ctx.entries.length, 2);
  const body = rs(ctx.entries[0]).body!;
  assert.deepEqual([body.size, body.missing, body.text], [10, 5, '01789']);
  assert.equal(rs(ctx.entries[1]).body!.text, 'd');
});

test('gap past the end of a body: message ends truncated, resync on the next status line', () => {
  const ctx = run([
    req(GET('/1') + GET('/2')),
    res('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab'),
    // Lost: the rest of body 1 ("cd") and the start of response 2.
    { gap: 1, length: 12 },
    res(' Content-Length: 2\r\n\r\nxxHTTP/1.1 404 Nope\r\n\r\n'),
    req(GET('/3')),
    res(OK('three'), undefined, GET('/1').length * 3),
  ]);
  const e = ctx.entries;
  assert.equal(e.length, 3);
  assert.equal(rq(e[0]).path, '/1');
  assert.ok(e[0].anomalies?.includes('gap') && e[0].anomalies?.includes('truncated'));
  const b1 = rs(e[0]).body!;
  assert.deepEqual([b1.text, b1.size, b1.missing, b1.truncated], ['ab', 4, 2, true]);
  // Response 2 was lost: request 2 is unpaired, and the next response goes to request 3 by its ack.
  assert.equal(rq(e[1]).path, '/2');
  assert.equal(e[1].response, null);
  assert.equal(rq(e[2]).path, '/3');
  assert.equal(rs(e[2]).body!.text, 'three');
  assert.equal(ctx.counts.get('http1.internal_error'), undefined);
});

test('gap in a request head: truncated request kept, next pair right', () => {
  const ctx = run([
    req('POST /form HTTP/1.1\r\nHost: h\r\nContent-'),
    { gap: 0, length: 30 },
    req('ength\r\n\r\nsome body bytes\r\n' + GET('/after')),
    res(OK('first')),
    res(OK('second')),
  ]);
  const e = ctx.entries;
  assert.equal(e.length, 2);
  assert.equal(rq(e[0]).path, '/form');
  assert.deepEqual(rq(e[0]).headers, { host: 'h' });
  assert.ok(e[0].anomalies?.includes('gap') && e[0].anomalies?.includes('truncated'));
  assert.equal(rs(e[0]).body!.text, 'first');
  assert.equal(rq(e[1]).path, '/after');
  assert.equal(rs(e[1]).body!.text, 'second');
});

test('gap in a response head: resync, next pair right', () => {
  const ctx = run([
    req(GET('/a')),
    res('HTTP/1.1 200 OK\r\nContent-Le'),
    { gap: 1, length: 40 },
    res('garbage tail\r\n'),
    req(GET('/b')),
    res(OK('bee'), undefined, GET('/a').length * 2),
  ]);
  const e = ctx.entries;
  assert.equal(e.length, 2);
  assert.equal(rq(e[0]).path, '/a');
  assert.equal(rs(e[0]).status, 200);
  assert.ok(e[0].anomalies?.includes('truncated'));
  assert.equal(rq(e[1]).path, '/b');
  assert.equal(rs(e[1]).body!.text, 'bee');
});

/** Keep-alive requests, each answered before the next is sent; response `drop` is lost. */
function keepAlive(n: number, drop: number): Step[] {
  const steps: Step[] = [];
  let reqOffset = 0;
  for (let i = 0; i < n; i++) {
    const r = GET(`/r${i}`);
    reqOffset += r.length;
    steps.push(req(r, 1000 + i * 10));
    const body = OK(`body-${i}`);
    if (i === drop) steps.push({ gap: 1, length: body.length, ts: 1000 + i * 10 + 5 });
    else steps.push(res(body, 1000 + i * 10 + 5, reqOffset));
  }
  return steps;
}

test('response lost in a gap: re-paired with peerAck (1000 requests, one dropped response)', () => {
  const ctx = run(keepAlive(1000, 437));
  const e = ctx.entries;
  assert.equal(e.length, 1000);
  const paired = e.filter((x) => x.request && x.response);
  assert.equal(paired.length, 999);
  for (const x of paired) assert.equal(rs(x).body!.text, `body-${rq(x).path.slice(2)}`);
  const lonely = e.filter((x) => !x.response);
  assert.equal(lonely.length, 1);
  assert.equal(rq(lonely[0]).path, '/r437');
  assert.deepEqual(lonely[0].anomalies, ['unpaired']);
  assert.ok(paired.every((x) => x.anomalies === undefined));
});

test('response lost in a gap without peerAck: pairs in order (documented limit)', () => {
  const steps = keepAlive(5, 2).map((s) => ('dir' in s ? { ...s, peerAck: -1 } : s));
  const ctx = run(steps);
  assert.equal(ctx.entries.length, 5);
  assert.equal(ctx.counts.get('http1.internal_error'), undefined);
});

test('request lost in a gap: its response is emitted unpaired, the others pair right', () => {
  const steps: Step[] = [];
  let off = 0;
  for (let i = 0; i < 4; i++) {
    const r = GET(`/q${i}`);
    off += r.length;
    steps.push(i === 1 ? { gap: 0, length: r.length } : req(r));
    steps.push(res(OK(`b${i}`), undefined, off));
  }
  const e = run(steps).entries;
  assert.equal(e.length, 4);
  const pairs = e.filter((x) => x.request && x.response).map((x) => [rq(x).path, rs(x).body!.text]);
  assert.deepEqual(pairs, [['/q0', 'b0'], ['/q2', 'b2'], ['/q3', 'b3']]);
  const orphan = e.find((x) => !x.request)!;
  assert.equal(rs(orphan).body!.text, 'b1');
});

test('gap in a close-delimited body keeps reading until end()', () => {
  const ctx = run([req('GET / HTTP/1.0\r\n\r\n'), res('HTTP/1.0 200 OK\r\n\r\nabc'), { gap: 1, length: 100 }, res('xyz'), { end: 1 }]);
  const body = rs(ctx.entries[0]).body!;
  assert.deepEqual([body.size, body.missing, body.text], [106, 100, 'abcxyz']);
});
